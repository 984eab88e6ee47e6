package org.latih.kernel.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.latih.kernel.i18n.Messages;

/** Builds problem-detail responses in the caller's language. */
final class Problems {

  private Problems() {}

  static Locale locale(HttpHeaders headers) {
    return headers == null ? Messages.INDONESIAN : Messages.pick(headers.getAcceptableLanguages());
  }

  static Response response(
      int status,
      String type,
      String detail,
      List<Problem.FieldError> errors,
      Locale locale,
      UriInfo uri) {
    String title = Messages.text(locale, "status." + status);
    if (title.startsWith("status.")) {
      title =
          Response.Status.fromStatusCode(status) == null
              ? "Error " + status
              : Response.Status.fromStatusCode(status).getReasonPhrase();
    }
    String instance = uri == null ? null : uri.getRequestUri().getRawPath();
    Problem problem =
        new Problem(
            "/problems/" + type, title, status, detail, instance, errors.isEmpty() ? null : errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
