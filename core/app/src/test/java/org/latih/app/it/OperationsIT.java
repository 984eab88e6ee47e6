package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator checks: health, metrics, the OpenAPI document, the UI's entry page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  @ArquillianResource URL base;

  private Api server() {
    return Api.anonymous(base).header("Accept", "application/json");
  }

  @Test
  void readyOnceTheDatabaseIsMigratedAndTheSearchIndexBuilt() throws Exception {
    Api.Reply ready = Api.anonymous(new java.net.URL(base, "/")).get("health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertTrue(ready.body().contains("\"UP\""), ready.body());
    assertTrue(ready.body().contains("database"), ready.body());
    assertTrue(ready.body().contains("search"), ready.body());
    assertEquals(200, Api.anonymous(new java.net.URL(base, "/")).get("health/live").status());
  }

  @Test
  void servesMetricsAndOpenApi() throws Exception {
    Api root = Api.anonymous(new java.net.URL(base, "/"));
    assertEquals(200, root.get("metrics").status());
    Api.Reply openapi = root.get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/users"), "OpenAPI lists the user endpoints");
    assertTrue(openapi.body().contains("/api/v1/auth/login"), "OpenAPI lists login");
    assertTrue(
        openapi.body().contains("/problems/answer-stale")
            && openapi.body().contains("/problems/cohort-full"),
        "OpenAPI lists the problem types of the kernel and every module");
  }

  @Test
  void servesTheWebUiWithAStrictContentSecurityPolicy() {
    Api.Reply page = server().get("");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("assets/app.js"));
    assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
  }

  @Test
  void unknownApiPathsAnswerProblemDetails() {
    String detail = Api.admin(base).get("api/v1/no-such-thing").problem(404);
    assertTrue(detail.contains("/api/v1"), detail);
  }

  /**
   * Requests held in progress one after another until the server's limit is reached: the next API
   * request is answered at once with 503 overloaded and Retry-After (after at most the short queue
   * wait) instead of queueing without bound; every held request still gets its own answer, and once
   * they are done the server admits again. Health and static files are not limited.
   */
  @Test
  void pastItsLimitOfApiRequestsTheServerAnswers503WithRetryAfter() throws Exception {
    Api client = server();
    List<HeldRequest> held = new ArrayList<>();
    Api.Reply ping;
    Api.Reply health;
    Api.Reply page;
    List<String> answers = new ArrayList<>();
    try {
      ping = client.get("api/v1/ping");
      while (ping.status() == 200 && held.size() < 1_000) {
        held.add(HeldRequest.open(base));
        ping = client.get("api/v1/ping");
      }
      health = Api.anonymous(new URL(base, "/")).get("health/ready");
      page = client.get("");
    } finally {
      for (HeldRequest request : held) {
        answers.add(finish(request));
      }
    }
    String detail = ping.problem(503);
    assertTrue(ping.body().contains("\"/problems/overloaded\""), ping::toString);
    String retryAfter = ping.header("Retry-After");
    assertTrue(retryAfter != null && retryAfter.matches("[1-9][0-9]*"), ping::toString);
    assertTrue(detail.contains(retryAfter), "the detail says how long to wait: " + detail);
    assertEquals(200, health.status(), "health checks are not limited");
    assertEquals(200, page.status(), "nor is the web UI's page");
    for (String answer : answers) {
      assertTrue(
          answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 503"),
          "a held request got its answer, not a dropped connection: " + answer);
      assertTrue(answer.contains("application/problem+json"), answer);
    }
    assertEquals(200, client.get("api/v1/ping").status(), "admits again once they are done");
  }

  private static String finish(HeldRequest request) throws IOException {
    try (request) {
      return request.finish();
    }
  }

  @Test
  void uiTextsComeInBothLanguages() {
    Api.Reply id = server().get("api/v1/ui/messages/id");
    Api.Reply en = server().get("api/v1/ui/messages/en");
    assertEquals("Masuk", id.json().getString("login.submit"));
    assertEquals("Sign in", en.json().getString("login.submit"));
    assertEquals(id.json().keySet(), en.json().keySet(), "every UI text exists in both languages");
  }
}
