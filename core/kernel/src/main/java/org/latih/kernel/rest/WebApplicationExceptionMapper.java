package org.latih.kernel.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latih.kernel.i18n.Messages;

/**
 * Gives JAX-RS's own errors (unknown path, wrong method, unsupported media type, unreadable body)
 * the same problem-detail shape as ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Locale locale = Problems.locale(headers);
    String key = "http." + status;
    String detail = Messages.text(locale, key);
    if (detail.equals(key)) {
      detail = Messages.text(locale, "http.other", status);
    }
    Response response =
        Problems.response(type(status), status, detail, List.of(), Map.of(), locale, uri);
    Response.ResponseBuilder builder = Response.fromResponse(response);
    // Keep headers such as Allow on 405 that tell the client what would have worked.
    e.getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.type(Problem.MEDIA_TYPE).build();
  }

  private static ProblemType type(int status) {
    return switch (status) {
      case 400 -> KernelProblem.UNREADABLE_REQUEST;
      case 404 -> KernelProblem.NO_SUCH_PATH;
      case 405 -> KernelProblem.METHOD_NOT_ALLOWED;
      case 406 -> KernelProblem.NOT_ACCEPTABLE;
      case 415 -> KernelProblem.UNSUPPORTED_MEDIA_TYPE;
      default -> KernelProblem.REQUEST_REFUSED;
    };
  }
}
