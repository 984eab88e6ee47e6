package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latih.testing.plugin.PluginJars;

/**
 * Approval of regional uploads by checksum, required by a system admin region by region: in such a
 * region a regional admin's upload is kept unrun until a system admin approves (it is installed
 * then) or rejects it; an approved jar runs at once in any region afterwards. Each test uses
 * regions of its own, so other tests' uploads never wait.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginApprovalIT {

  private static final String JAR = "application/java-archive";

  @ArquillianResource URL base;

  private Api system() {
    return Api.admin(base);
  }

  private Api regionalAdmin(String region) {
    return People.signIn(base, People.create(base, region, "REGIONAL_ADMIN"));
  }

  private static byte[] jar(String id, String version) {
    return PluginJars.forms(id, version, PluginJars.oneForm("Kepuasan " + version)).bytes();
  }

  private static List<JsonObject> waiting(Api api) {
    Api.Reply list = api.get("api/v1/plugin-uploads");
    assertEquals(200, list.status(), list::toString);
    return ((JsonArray) list.structure()).getValuesAs(JsonObject.class);
  }

  private static List<String> actions(Api api, String id, String region) {
    Api.Reply trail = api.get("api/v1/plugins/" + id + "/audit?region=" + region);
    assertEquals(200, trail.status(), trail::toString);
    return ((JsonArray) trail.structure())
        .getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
  }

  @Test
  void anUploadWaitsUnrunUntilASystemAdminApprovesItsJarWhichThenRunsInAnyRegion() {
    String region = Regions.requiringPluginApproval(base, "setuju");
    Api admin = regionalAdmin(region);
    String id = PluginJars.newId("setuju");
    byte[] jar = jar(id, "1.0.0");

    Api.Reply held = admin.postBytes("api/v1/plugins", JAR, jar);
    assertEquals(202, held.status(), held::toString);
    assertEquals("AWAITING_APPROVAL", held.json().getString("state"));
    assertEquals(region, held.json().getString("region"));
    long key = held.json().getJsonNumber("key").longValue();
    assertTrue(held.header("Location").endsWith("/api/v1/plugin-uploads/" + key), held::toString);
    // kept, not run: nothing is installed, so no form of it is served
    admin.get("api/v1/plugins/" + id).problem(404);
    assertEquals(List.of("AWAIT_APPROVAL"), actions(admin, id, region));

    // the region's admin sees it waiting; another region's admin neither sees nor reaches it
    assertEquals(id, waiting(admin).get(0).getString("id"));
    Api stranger = regionalAdmin(Regions.create(base, "lain"));
    assertTrue(waiting(stranger).stream().noneMatch(u -> u.getString("id").equals(id)));
    stranger.get("api/v1/plugin-uploads/" + key + "/jar").problem(404);
    // only a system admin approves
    admin.post("api/v1/plugin-uploads/" + key + "/approve", "").problem(403, "forbidden");

    assertArrayEquals(jar, system().download("api/v1/plugin-uploads/" + key + "/jar"));
    Api.Reply approved = system().post("api/v1/plugin-uploads/" + key + "/approve", "");
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("INSTALLED", approved.json().getString("state"));
    assertEquals("1.0.0", approved.json().getString("version"));
    assertEquals(held.json().getString("uploadedBy"), approved.json().getString("installedBy"));
    Api.Reply forms = admin.get("api/v1/plugins/" + id + "/forms");
    assertEquals(200, forms.status(), forms::toString);
    assertEquals(1, ((JsonArray) forms.structure()).size());
    assertEquals(List.of("AWAIT_APPROVAL", "APPROVE", "INSTALL"), actions(admin, id, region));
    assertTrue(waiting(admin).isEmpty());

    // the approved checksum runs at once in another region that requires approval too
    Api other = regionalAdmin(Regions.requiringPluginApproval(base, "setuju"));
    Api.Reply installed = other.postBytes("api/v1/plugins", JAR, jar);
    assertEquals(201, installed.status(), installed::toString);
    assertEquals("INSTALLED", installed.json().getString("state"));
  }

  @Test
  void aNewerUploadReplacesTheWaitingOneAndARejectedUploadNeverRuns() {
    String region = Regions.requiringPluginApproval(base, "setuju");
    Api admin = regionalAdmin(region);
    String id = PluginJars.newId("tolak");
    Api.Reply first = admin.postBytes("api/v1/plugins", JAR, jar(id, "1.0.0"));
    assertEquals(202, first.status(), first::toString);
    Api.Reply second = admin.postBytes("api/v1/plugins", JAR, jar(id, "1.1.0"));
    assertEquals(202, second.status(), second::toString);
    List<JsonObject> queue = waiting(admin);
    assertEquals(1, queue.size(), queue::toString);
    assertEquals("1.1.0", queue.get(0).getString("version"));
    system()
        .post("api/v1/plugin-uploads/" + first.json().getJsonNumber("key") + "/approve", "")
        .problem(404);

    long key = second.json().getJsonNumber("key").longValue();
    assertEquals(204, system().delete("api/v1/plugin-uploads/" + key).status());
    assertTrue(waiting(admin).isEmpty());
    admin.get("api/v1/plugins/" + id).problem(404);
    assertEquals(
        List.of("AWAIT_APPROVAL", "AWAIT_APPROVAL", "REJECT"), actions(system(), id, region));

    // once the region no longer requires approval, the admin's upload runs at once
    assertEquals(204, system().delete("api/v1/plugin-uploads/approval-regions/" + region).status());
    Api.Reply installed = admin.postBytes("api/v1/plugins", JAR, jar(id, "1.1.0"));
    assertEquals(201, installed.status(), installed::toString);
  }

  @Test
  void anApprovedUploadThatFailsToStartKeepsWaitingWithTheReason() {
    String region = Regions.requiringPluginApproval(base, "setuju");
    Api admin = regionalAdmin(region);
    String id = PluginJars.newId("gagal");
    byte[] broken =
        PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan"))
            .onStart("throw new IllegalStateException(\"rusak saat mulai\");")
            .bytes();
    Api.Reply held = admin.postBytes("api/v1/plugins", JAR, broken);
    assertEquals(202, held.status(), held::toString);
    long key = held.json().getJsonNumber("key").longValue();

    String problem =
        system()
            .post("api/v1/plugin-uploads/" + key + "/approve", "")
            .problem(400, "invalid-input");
    assertTrue(problem.contains("rusak saat mulai"), problem);
    assertEquals(
        List.of(key),
        waiting(admin).stream().map(u -> u.getJsonNumber("key").longValue()).toList());
    admin.get("api/v1/plugins/" + id).problem(404);
    // approving it did not approve its checksum: the region's admin uploading it again still waits
    assertEquals(202, admin.postBytes("api/v1/plugins", JAR, broken).status());
  }

  @Test
  void aRegionKeepsAtMostTenUploadsWaiting() {
    String region = Regions.requiringPluginApproval(base, "setuju");
    Api admin = regionalAdmin(region);
    String id = PluginJars.newId("antre");
    // compiled once; each upload declares a plugin id of its own
    PluginJars plugin = PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan"));
    for (int i = 0; i < 10; i++) {
      Api.Reply held =
          admin.postBytes("api/v1/plugins", JAR, plugin.with("Plugin-Id", id + "-" + i).bytes());
      assertEquals(202, held.status(), held::toString);
    }
    String refused =
        admin
            .postBytes("api/v1/plugins", JAR, plugin.with("Plugin-Id", id + "-10").bytes())
            .problem(400, "invalid-input");
    assertTrue(refused.contains("menunggu persetujuan"), refused);
    // a newer upload of an id already waiting replaces it, so it is still accepted
    Api.Reply replaced =
        admin.postBytes(
            "api/v1/plugins",
            JAR,
            plugin.with("Plugin-Id", id + "-0").with("Plugin-Version", "1.0.1").bytes());
    assertEquals(202, replaced.status(), replaced::toString);
    assertEquals(10, waiting(admin).size());
  }
}
