package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
  void readyOnceTheDatabaseIsMigrated() throws Exception {
    Api.Reply ready = Api.anonymous(new java.net.URL(base, "/")).get("health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertTrue(ready.body().contains("\"UP\""), ready.body());
    assertTrue(ready.body().contains("database"), ready.body());
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

  @Test
  void uiTextsComeInBothLanguages() {
    Api.Reply id = server().get("api/v1/ui/messages/id");
    Api.Reply en = server().get("api/v1/ui/messages/en");
    assertEquals("Masuk", id.json().getString("login.submit"));
    assertEquals("Sign in", en.json().getString("login.submit"));
    assertEquals(id.json().keySet(), en.json().keySet(), "every UI text exists in both languages");
  }
}
