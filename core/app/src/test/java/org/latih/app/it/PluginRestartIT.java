package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Installed plugins come back when the server starts again on the same data directory and database:
 * a serving plugin serves its forms again, a disabled one stays disabled, and one whose file went
 * missing or was damaged while the server was down is marked failed with its error, while the
 * server starts and serves everything else. Runs its own Payara Micro so it can stop it.
 */
class PluginRestartIT {

  private static final String JAR = "application/java-archive";

  private static String newId(String prefix) {
    StringBuilder id = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 6; i++) {
      id.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return id.toString();
  }

  private static JsonObject install(Api admin, String id, String title) {
    Api.Reply reply =
        admin.postBytes(
            "api/v1/plugins",
            JAR,
            PluginJars.forms(id, "1.0.0", PluginJars.oneForm(title)).bytes());
    assertEquals(201, reply.status(), reply::toString);
    assertEquals("INSTALLED", reply.json().getString("state"));
    return reply.json();
  }

  private static JsonObject plugin(Api admin, String id) {
    Api.Reply reply = admin.get("api/v1/plugins/" + id);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static String formTitle(Api admin, String id) {
    Api.Reply forms = admin.get("api/v1/plugins/" + id + "/forms");
    assertEquals(200, forms.status(), forms::toString);
    return ((JsonArray) forms.structure()).getJsonObject(0).getString("title");
  }

  @Test
  void installedPluginsAreStartedAgainWhenTheServerStarts() throws Exception {
    String serving = newId("mulai-ulang");
    String disabled = newId("tetap-mati");
    String missing = newId("berkas-hilang");
    String damaged = newId("berkas-rusak");
    List<String> installed = new ArrayList<>();
    try (PayaraProcess server = PayaraProcess.fresh("plugins")) {
      server.start();
      Api admin = server.admin();
      try {
        install(admin, serving, "Kepuasan sesudah mulai ulang");
        installed.add(serving);
        install(admin, disabled, "Formulir yang dimatikan");
        installed.add(disabled);
        assertEquals(
            "DISABLED",
            admin.post("api/v1/plugins/" + disabled + "/disable", "").json().getString("state"));
        Path folder = server.dataDir().resolve("plugins");
        Path gone = folder.resolve(install(admin, missing, "Hilang").getString("fileName"));
        installed.add(missing);
        Path broken = folder.resolve(install(admin, damaged, "Rusak").getString("fileName"));
        installed.add(damaged);
        assertTrue(Files.isRegularFile(gone) && Files.isRegularFile(broken), folder::toString);

        server.stop();
        Files.delete(gone);
        Files.write(broken, "bukan arsip jar".getBytes());
        server.start();
        admin = server.admin();

        assertEquals("INSTALLED", plugin(admin, serving).getString("state"));
        assertEquals("Kepuasan sesudah mulai ulang", formTitle(admin, serving));

        assertEquals("DISABLED", plugin(admin, disabled).getString("state"));
        admin.get("api/v1/plugins/" + disabled + "/forms").problem(409, "plugin-not-serving");

        for (String id : List.of(missing, damaged)) {
          JsonObject failed = plugin(admin, id);
          assertEquals("FAILED", failed.getString("state"), failed::toString);
          assertFalse(failed.getString("error", "").isBlank(), failed::toString);
          admin.get("api/v1/plugins/" + id + "/forms").problem(409, "plugin-not-serving");
          JsonArray audit = (JsonArray) admin.get("api/v1/plugins/" + id + "/audit").structure();
          assertTrue(
              audit.getValuesAs(JsonObject.class).stream()
                  .anyMatch(a -> a.getString("action").equals("FAIL")),
              audit::toString);
        }

        // the disabled plugin's file is still there: enabling it after the restart works
        assertEquals(
            "INSTALLED",
            admin.post("api/v1/plugins/" + disabled + "/enable", "").json().getString("state"));
        assertEquals("Formulir yang dimatikan", formTitle(admin, disabled));
      } finally {
        // on PostgreSQL the database is the suite's: leave no plugin of this test behind
        for (String id : installed) {
          try {
            admin.delete("api/v1/plugins/" + id);
          } catch (AssertionError serverGone) {
            // the failure that stopped the server is the one to report
          }
        }
      }
    }
  }
}
