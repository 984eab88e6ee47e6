package org.latih.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.rest.KernelProblem;
import org.latih.kernel.rest.Problem;

/**
 * Admits API requests through the {@link ApiAdmission} that {@link GracefulStop} set up, and
 * answers the refused ones itself, before JAX-RS, sign-in or the database cost anything: 503
 * problem details with Retry-After, {@code overloaded} past the limit, {@code unavailable} while
 * the server stops. Static files, health and metrics are not under /api and are never refused.
 * Admitted requests then pass the {@link BodyLimit}: a JSON body over its limit is answered 413
 * problem details here, before anything parses it. Answer saves are admitted as requests that can
 * be put off ({@link ApiAdmission#enterDeferrable()}): the test page keeps an answer until it is
 * acknowledged, and sends it again after Retry-After.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiGate extends HttpFilter {

  /** {@code PUT /api/v1/attempts/{id}/answers/{position}}, after the context path. */
  private static final Pattern ANSWER_SAVE = Pattern.compile("/api/v1/attempts/\\d+/answers/\\d+");

  private ApiAdmission admission;
  private HttpLimits limits;
  private BodyLimit bodyLimit;

  @Override
  public void init() {
    admission = (ApiAdmission) getServletContext().getAttribute(GracefulStop.ADMISSION);
    limits = (HttpLimits) getServletContext().getAttribute(GracefulStop.LIMITS);
    bodyLimit = new BodyLimit(limits.maxJsonBytes());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean deferrable =
        answerSave(
            request.getMethod(),
            request.getRequestURI().substring(request.getContextPath().length()));
    ApiAdmission.Verdict verdict;
    try {
      verdict = deferrable ? admission.enterDeferrable() : admission.enter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      verdict = ApiAdmission.Verdict.STOPPING;
    }
    switch (verdict) {
      case ADMITTED -> {
        try {
          // judged only once admitted, so at most max-requests bodies are held at a time
          HttpServletRequest limited = bodyLimit.admit(request);
          if (limited == null) {
            tooLarge(request, response);
          } else {
            chain.doFilter(limited, response);
          }
        } finally {
          if (deferrable) {
            admission.leaveDeferrable();
          } else {
            admission.leave();
          }
        }
      }
      case OVERLOADED ->
          refuse(
              request,
              response,
              KernelProblem.OVERLOADED,
              "server.overloaded",
              limits.retryAfterSeconds());
      case STOPPING ->
          refuse(
              request,
              response,
              KernelProblem.UNAVAILABLE,
              "server.stopping",
              limits.restartRetryAfterSeconds());
    }
  }

  /** Whether a request (its path after the context path) saves an answer. */
  static boolean answerSave(String method, String path) {
    return "PUT".equals(method) && ANSWER_SAVE.matcher(path).matches();
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // the rest of an oversized body is not read: the connection cannot be reused
    response.setHeader("Connection", "close");
    write(
        request,
        response,
        KernelProblem.PAYLOAD_TOO_LARGE,
        Messages.text(locale(request), "body.tooLarge", bodyLimit.maxBytes() / 1024));
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      KernelProblem type,
      String messageKey,
      int retryAfterSeconds)
      throws IOException {
    response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    write(request, response, type, Messages.text(locale(request), messageKey, retryAfterSeconds));
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, KernelProblem type, String detail)
      throws IOException {
    Locale locale = locale(request);
    Problem problem =
        new Problem(
            type.uri(),
            Messages.text(locale, type.titleKey()),
            type.status(),
            detail,
            request.getRequestURI(),
            List.of(),
            Map.of());
    response.setStatus(type.status());
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.json().toString());
  }

  /** As the JAX-RS mappers choose: Indonesian unless the request asks for English. */
  private static Locale locale(HttpServletRequest request) {
    // without the header the servlet container offers the server's own locale, not the caller's
    return request.getHeader("Accept-Language") == null
        ? Messages.INDONESIAN
        : Messages.pick(Collections.list(request.getLocales()));
  }
}
