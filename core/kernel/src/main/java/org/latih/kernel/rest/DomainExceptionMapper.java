package org.latih.kernel.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.latih.kernel.i18n.Messages;

/** Turns a domain exception into a problem detail whose message the caller can act on. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(DomainException e) {
    Locale locale = Problems.locale(headers);
    List<Problem.FieldError> errors =
        e.fieldProblems().stream()
            .map(
                p ->
                    new Problem.FieldError(
                        p.field(), Messages.text(locale, p.messageKey(), p.args())))
            .toList();
    String detail =
        errors.size() == 1 && e.detailFromSingleFieldProblem()
            ? errors.get(0).message()
            : Messages.text(locale, e.messageKey(), e.args());
    Response response =
        Problems.response(e.type(), e.type().status(), detail, errors, e.extensions(), locale, uri);
    if (e instanceof RetryLaterException later) {
      return Response.fromResponse(response)
          .header("Retry-After", later.retryAfterSeconds())
          .build();
    }
    return response;
  }
}
