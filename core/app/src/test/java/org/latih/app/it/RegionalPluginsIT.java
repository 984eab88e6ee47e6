package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five regional plugins as the build makes them (plugins/<region>/target): each region's admin
 * installs its own, the host loads it and serves its forms, other regions do not see it, and it
 * uninstalls again — all on the running server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegionalPluginsIT {

  @ArquillianResource URL base;

  @ParameterizedTest
  @ValueSource(strings = {"bukittinggi", "kupang", "batanghari", "solok", "bengkulu"})
  void aRegionsAdminInstallsItsPluginAndItsFormsAreServed(String region) throws Exception {
    Path jar = Path.of("../../plugins", region, "target", "latih-plugin-" + region + "-1.0.0.jar");
    assertTrue(Files.isRegularFile(jar), "built by the reactor before core/app: " + jar);
    Api admin = People.signIn(base, People.create(base, region, "REGIONAL_ADMIN"));
    Api.Reply installed =
        admin.postBytes("api/v1/plugins", "application/java-archive", Files.readAllBytes(jar));
    assertEquals(201, installed.status(), installed::toString);
    String id = installed.json().getString("id");
    assertEquals("latih-" + region, id);
    assertEquals(region, installed.json().getString("region"));

    JsonArray forms = (JsonArray) admin.get("api/v1/plugins/" + id + "/forms").structure();
    assertFalse(forms.isEmpty(), forms::toString);
    for (JsonObject form : forms.getValuesAs(JsonObject.class)) {
      assertFalse(form.getJsonArray("sections").isEmpty(), form.getString("id"));
    }
    String other = region.equals("solok") ? "kupang" : "solok";
    People.signIn(base, People.create(base, other, "REGIONAL_ADMIN"))
        .get("api/v1/plugins/" + id)
        .problem(404);

    assertEquals(204, admin.delete("api/v1/plugins/" + id).status());
  }
}
