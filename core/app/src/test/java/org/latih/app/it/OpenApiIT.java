package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API reference is the server's own OpenAPI document. {@code OpenApiDocumentedTest} checks the
 * annotations; this checks that the deployed server really publishes them, for the operations of
 * the kernel and module jars too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete");

  @ArquillianResource URL base;

  @Test
  void everyOperationHasASummary() throws Exception {
    // The first request builds the document by scanning every class; on a loaded machine that can
    // outlast the connection's idle timeout (the server then closes it mid-answer). The document is
    // kept once built, so asking again gets it.
    Api anonymous = Api.anonymous(new URL(base, "/"));
    Api.Reply reply =
        Waits.until(
            () -> {
              try {
                return anonymous.get("openapi?format=JSON");
              } catch (AssertionError connectionClosed) {
                return null;
              }
            },
            r -> r != null,
            Duration.ofMinutes(3));
    assertEquals(200, reply.status(), reply::toString);
    JsonObject paths = reply.json().getJsonObject("paths");
    List<String> operations = new ArrayList<>();
    List<String> undocumented = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        if (VERBS.contains(op.getKey())) {
          String name = op.getKey().toUpperCase() + " " + path.getKey();
          operations.add(name);
          if (op.getValue().asJsonObject().getString("summary", "").isBlank()) {
            undocumented.add(name);
          }
        }
      }
    }
    assertTrue(operations.contains("POST /api/v1/auth/login"), operations::toString);
    assertTrue(operations.contains("PUT /api/v1/attempts/{id}/answers/{position}"), "modules too");
    assertEquals(List.of(), undocumented, "operations without a summary");
  }
}
