package org.latih.kernel.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latih.kernel.i18n.Messages;

/** Builds problem-detail responses in the caller's language. */
final class Problems {

  private Problems() {}

  static Locale locale(HttpHeaders headers) {
    return headers == null ? Messages.INDONESIAN : Messages.pick(headers.getAcceptableLanguages());
  }

  static Response response(
      ProblemType type,
      String detail,
      List<Problem.FieldError> errors,
      Locale locale,
      UriInfo uri) {
    return response(type, type.status(), detail, errors, Map.of(), locale, uri);
  }

  /**
   * The status is the type's own, except for {@link KernelProblem#REQUEST_REFUSED}, which passes on
   * whatever status JAX-RS itself chose.
   */
  static Response response(
      ProblemType type,
      int status,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, Object> extensions,
      Locale locale,
      UriInfo uri) {
    String title = Messages.text(locale, type.titleKey());
    String instance = uri == null ? null : uri.getRequestUri().getRawPath();
    Problem problem = new Problem(type.uri(), title, status, detail, instance, errors, extensions);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem.json()).build();
  }
}
