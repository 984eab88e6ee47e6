package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin's report in the reader's language (issue #16): Solok's evaluator who switched the UI to
 * English gets Solok's report list, titles, headings, figures and narrative in English, and the
 * download in English too; in Indonesian (the default) the same report stays Indonesian, with the
 * same figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginReportLanguageIT {

  private static final String PLUGIN = "latih-solok";
  private static final String PERIODIC = "evaluasi-berkala-respon-masyarakat";

  @ArquillianResource URL base;

  @Test
  void anEnglishReaderGetsThePluginsReportInEnglish() throws Exception {
    String unit = "Dinas Pariwisata " + System.nanoTime() % 100000;
    Api admin = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    for (String[] value : new String[][] {{"2024", "70"}, {"2025", "75.5"}}) {
      Api.Reply recorded =
          admin.post(
              "api/v1/indicators",
              "{\"unitKerja\":\"%s\",\"indicator\":\"ikm\",\"period\":\"%s\",\"value\":%s}"
                  .formatted(unit, value[0], value[1]));
      assertEquals(201, recorded.status(), recorded::toString);
    }
    byte[] jar =
        Files.readAllBytes(Path.of("../../plugins/solok/target/latih-plugin-solok-1.0.0.jar"));
    Api.Reply installed = admin.postBytes("api/v1/plugins", "application/java-archive", jar);
    assertTrue(installed.status() == 201 || installed.status() == 409, installed::toString);
    try {
      Api evaluator = People.signIn(base, People.create(base, "solok", "EVALUATOR"));
      Api english = evaluator.header("Accept-Language", "en-GB,en;q=0.9");
      Api indonesian = evaluator.header("Accept-Language", "id");

      assertEquals(
          "Periodic Evaluation: Citizen Response Compared with the Previous Year",
          listed(english).getString("title"));
      assertEquals(
          "Evaluasi Berkala: Respon Masyarakat dibanding Tahun Sebelumnya",
          listed(evaluator).getString("title"));

      String path = "api/v1/evaluation/reports/" + PLUGIN + "/" + PERIODIC + "?year=2025";
      JsonObject inEnglish = report(english, path);
      JsonObject table = inEnglish.getJsonArray("tables").getJsonObject(0);
      assertEquals("Citizen response per unit kerja", table.getString("title"));
      assertEquals(
          List.of("Unit kerja (work unit)", "IKM 2024", "IKM 2025", "Change"),
          strings(table.getJsonArray("columns")));
      assertEquals(List.of(unit, "70.0", "75.5", "5.5"), row(table, unit));
      assertTrue(
          inEnglish.getJsonArray("narrative").getString(1).contains("units recorded a better"),
          inEnglish::toString);

      JsonObject inIndonesian = report(indonesian, path);
      JsonObject tabel = inIndonesian.getJsonArray("tables").getJsonObject(0);
      assertEquals("Respon masyarakat per unit kerja", tabel.getString("title"));
      assertEquals(
          List.of("Unit kerja", "IKM 2024", "IKM 2025", "Perubahan"),
          strings(tabel.getJsonArray("columns")));
      assertEquals(List.of(unit, "70,0", "75,5", "5,5"), row(tabel, unit));
      assertEquals(inIndonesian, report(evaluator, path), "Indonesian when no language is asked");

      Api.Binary csv =
          evaluator.fetch(
              "api/v1/evaluation/reports/"
                  + PLUGIN
                  + "/"
                  + PERIODIC
                  + "/export?format=csv&year=2025&lang=en");
      assertEquals(200, csv.status(), () -> csv.asText().toString());
      String text = new String(csv.body(), StandardCharsets.UTF_8);
      assertTrue(text.contains("Citizen response per unit kerja"), text);
    } finally {
      if (installed.status() == 201) {
        admin.delete("api/v1/plugins/" + PLUGIN);
      }
    }
  }

  private static JsonObject listed(Api who) {
    Api.Reply list = who.get("api/v1/evaluation/reports");
    assertEquals(200, list.status(), list::toString);
    return ((JsonArray) list.structure())
        .getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("pluginId").equals(PLUGIN))
            .map(r -> r.getJsonObject("report"))
            .filter(r -> r.getString("id").equals(PERIODIC))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + PERIODIC + ": " + list));
  }

  private static JsonObject report(Api who, String path) {
    Api.Reply reply = who.get(path);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static List<String> row(JsonObject table, String unit) {
    return table.getJsonArray("rows").getValuesAs(JsonArray.class).stream()
        .map(PluginReportLanguageIT::strings)
        .filter(r -> r.get(0).equals(unit))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + unit + ": " + table));
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
