package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Plugins as an admin meets them: real jars compiled at test time, uploaded, upgraded, disabled,
 * enabled and uninstalled without a restart, per region; refused uploads (a plugin whose forms
 * throw is refused at install, since forms are read once then). Plugins that fail at run time are
 * in {@link PluginSandboxIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginsIT {

  private static final String JAR = "application/java-archive";

  @ArquillianResource URL base;

  private Api admin() {
    return Api.admin(base);
  }

  private Api.Reply upload(Api api, String query, byte[] jar) {
    return api.postBytes("api/v1/plugins" + query, JAR, jar);
  }

  private JsonObject plugin(String id) {
    Api.Reply reply = admin().get("api/v1/plugins/" + id);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static List<String> ids(Api.Reply list) {
    assertEquals(200, list.status(), list::toString);
    return ((JsonArray) list.structure())
        .getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList();
  }

  @Test
  void aPluginIsInstalledUpgradedDisabledEnabledAndUninstalledWithoutRestart() {
    String id = PluginJars.newId("evaluasi");
    Api.Reply installed =
        upload(
            admin(),
            "?region=kupang",
            PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan v1")).bytes());
    assertEquals(201, installed.status(), installed::toString);
    assertEquals("1.0.0", installed.json().getString("version"));
    assertEquals("kupang", installed.json().getString("region"));
    assertEquals("INSTALLED", installed.json().getString("state"));
    assertTrue(installed.json().getString("fileName").startsWith(id + "-1.0.0-"));

    Api.Reply forms = admin().get("api/v1/plugins/" + id + "/forms");
    assertEquals(200, forms.status(), forms::toString);
    JsonObject form = ((JsonArray) forms.structure()).getJsonObject(0);
    assertEquals("kepuasan-peserta", form.getString("id"));
    assertEquals("Kepuasan v1", form.getString("title"));
    assertEquals("PARTICIPANT", form.getString("audience"));
    assertEquals(
        "LIKERT",
        form.getJsonArray("sections")
            .getJsonObject(0)
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("kind"));

    // the same version again is a conflict; a new version replaces it in place
    upload(
            admin(),
            "?region=kupang",
            PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Lagi")).bytes())
        .problem(409, "plugin-version-installed");
    Api.Reply upgraded =
        upload(
            admin(),
            "?region=kupang",
            PluginJars.forms(id, "1.1.0", PluginJars.oneForm("Kepuasan v1.1")).bytes());
    assertEquals(201, upgraded.status(), upgraded::toString);
    assertEquals("1.1.0", upgraded.json().getString("version"));
    assertEquals("kupang", upgraded.json().getString("region"));
    assertEquals(
        "Kepuasan v1.1",
        ((JsonArray) admin().get("api/v1/plugins/" + id + "/forms").structure())
            .getJsonObject(0)
            .getString("title"));

    // a new version that offers nothing is refused, and the running version keeps serving
    PluginJars empty = PluginJars.forms(id, "1.2.0", PluginJars.oneForm("Kosong"));
    empty.entries.remove("META-INF/extensions.idx");
    String refused = upload(admin(), "?region=kupang", empty.bytes()).problem(400);
    assertTrue(refused.contains("extensions.idx"), refused);
    assertEquals("1.1.0", plugin(id).getString("version"));
    assertEquals(200, admin().get("api/v1/plugins/" + id + "/forms").status());

    // and back: the earlier version replaces the newer one only once the admin confirms it
    byte[] older = PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan v1")).bytes();
    String downgrade = upload(admin(), "?region=kupang", older).problem(409, "plugin-downgrade");
    assertTrue(downgrade.contains("1.1.0") && downgrade.contains("1.0.0"), downgrade);
    assertEquals("1.1.0", plugin(id).getString("version"));
    Api.Reply back = upload(admin(), "?region=kupang&downgrade=true", older);
    assertEquals(201, back.status(), back::toString);
    assertEquals("1.0.0", plugin(id).getString("version"));
    assertEquals(
        "Kepuasan v1",
        ((JsonArray) admin().get("api/v1/plugins/" + id + "/forms").structure())
            .getJsonObject(0)
            .getString("title"));

    // region rules: kupang's admin sees and manages it, solok's does not see it, learners nothing
    Api kupang = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    Api solok = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    assertTrue(ids(kupang.get("api/v1/plugins")).contains(id));
    assertFalse(ids(solok.get("api/v1/plugins")).contains(id));
    solok.get("api/v1/plugins/" + id + "/forms").problem(404);
    solok.post("api/v1/plugins/" + id + "/disable", "").problem(404);
    learner.get("api/v1/plugins").problem(403);

    Api.Reply disabled = kupang.post("api/v1/plugins/" + id + "/disable", "");
    assertEquals(200, disabled.status(), disabled::toString);
    assertEquals("DISABLED", disabled.json().getString("state"));
    admin().get("api/v1/plugins/" + id + "/forms").problem(409, "plugin-not-serving");
    Api.Reply enabled = kupang.post("api/v1/plugins/" + id + "/enable", "");
    assertEquals("INSTALLED", enabled.json().getString("state"), enabled::toString);
    assertEquals(200, admin().get("api/v1/plugins/" + id + "/forms").status());

    assertEquals(204, admin().delete("api/v1/plugins/" + id).status());
    assertFalse(ids(admin().get("api/v1/plugins")).contains(id));
    admin().get("api/v1/plugins/" + id).problem(404);
    Api.Reply audit = admin().get("api/v1/plugins/" + id + "/audit?region=kupang");
    assertEquals(200, audit.status(), audit::toString);
    assertEquals(
        List.of("INSTALL", "UPGRADE", "DOWNGRADE", "DISABLE", "ENABLE", "UNINSTALL"),
        ((JsonArray) audit.structure())
            .getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList());
    // the id is free again
    assertEquals(
        201,
        upload(admin(), "", PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Baru")).bytes())
            .status());
    JsonObject global = plugin(id);
    assertTrue(!global.containsKey("region") || global.isNull("region"), global::toString);
    assertEquals(204, admin().delete("api/v1/plugins/" + id).status());
  }

  @Test
  void aRegionalAdminInstallsForTheirOwnRegionOnly() {
    Api kupang = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    String id = PluginJars.newId("laporan");
    byte[] jar = PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kupang")).bytes();
    upload(kupang, "?region=solok", jar).problem(403);
    Api.Reply installed = upload(kupang, "", jar);
    assertEquals(201, installed.status(), installed::toString);
    assertEquals("kupang", installed.json().getString("region"));
    assertEquals(204, kupang.delete("api/v1/plugins/" + id).status());
  }

  @Test
  void unsafeOrIncompatibleJarsAreRefusedBeforeAnythingRuns() {
    String id = PluginJars.newId("jahat");
    String body = PluginJars.oneForm("x");
    String bundled =
        upload(
                admin(),
                "",
                PluginJars.forms(id, "1.0.0", body)
                    .entry("org/latih/api/forms/EvaluationForms.class", new byte[] {1})
                    .bytes())
            .problem(400);
    assertTrue(bundled.contains("org/latih/api/forms/EvaluationForms.class"), bundled);
    String escaping =
        upload(
                admin(),
                "",
                PluginJars.forms(id, "1.0.0", body).entry("../../evil.sh", new byte[] {1}).bytes())
            .problem(400);
    assertTrue(escaping.contains("../../evil.sh"), escaping);
    String newer =
        upload(
                admin(),
                "",
                PluginJars.forms(id, "1.0.0", body).with("Plugin-Requires", "0.2").bytes())
            .problem(400);
    assertTrue(newer.contains("0.2") && newer.contains("0.1"), newer);
    upload(admin(), "", new byte[10 * 1024 * 1024 + 1]).problem(413);
    upload(admin(), "", PluginJars.forms("ab", "1.0.0", body).bytes()).problem(400);
    assertFalse(ids(admin().get("api/v1/plugins")).contains(id));
  }

  @Test
  void aPluginWhoseFormsThrowIsRefusedAtInstallWithItsError() {
    String id = PluginJars.newId("rusak");
    byte[] jar =
        PluginJars.forms(
                id,
                "1.0.0",
                "if (true) throw new IllegalStateException(\"kuesioner rusak\"); return List.of();")
            .bytes();
    String detail = upload(admin(), "", jar).problem(400);
    assertTrue(detail.contains("kuesioner rusak"), detail);
    assertFalse(ids(admin().get("api/v1/plugins")).contains(id));
  }

  @Test
  void oneRegionsInstallOfAnIdNeverBlocksAnotherRegionsAtAnotherVersion() {
    String id = PluginJars.newId("bersama");
    Api kupang = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    Api solok = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    Api.Reply first =
        upload(kupang, "", PluginJars.forms(id, "2.0.0", PluginJars.oneForm("Kupang")).bytes());
    assertEquals(201, first.status(), first::toString);
    Api.Reply second =
        upload(solok, "", PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Solok")).bytes());
    assertEquals(201, second.status(), second::toString);
    assertEquals("solok", second.json().getString("region"));

    assertEquals("Kupang", formTitle(kupang, "api/v1/plugins/" + id + "/forms"));
    assertEquals("Solok", formTitle(solok, "api/v1/plugins/" + id + "/forms"));
    assertEquals("2.0.0", kupang.get("api/v1/plugins/" + id).json().getString("version"));
    assertEquals("1.0.0", solok.get("api/v1/plugins/" + id).json().getString("version"));
    // a system admin names the region when two regions have the id
    admin().get("api/v1/plugins/" + id).problem(409, "plugin-region-needed");
    assertEquals(
        "1.0.0", admin().get("api/v1/plugins/" + id + "?region=solok").json().getString("version"));
    // disabling one region's install leaves the other's serving
    assertEquals(200, solok.post("api/v1/plugins/" + id + "/disable", "").status());
    assertEquals("Kupang", formTitle(kupang, "api/v1/plugins/" + id + "/forms"));
    assertEquals(204, kupang.delete("api/v1/plugins/" + id).status());
    assertEquals(204, solok.delete("api/v1/plugins/" + id).status());
  }

  private static String formTitle(Api api, String path) {
    Api.Reply forms = api.get(path);
    assertEquals(200, forms.status(), forms::toString);
    return ((JsonArray) forms.structure()).getJsonObject(0).getString("title");
  }
}
