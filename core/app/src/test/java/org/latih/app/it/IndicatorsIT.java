package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unit indicators on the running server: Solok's admin records IKM values (a second value for the
 * same unit and period replaces the first), lists them with filters, imports a CSV all or nothing;
 * its evaluator reads them, Kupang sees none of them, and Solok's periodic report shows them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorsIT {

  private static final String SOLOK_PLUGIN = "latih-solok";

  @ArquillianResource URL base;

  private static String entry(String unit, String indicator, String period, String value) {
    return "{\"unitKerja\":\"%s\",\"indicator\":\"%s\",\"period\":\"%s\",\"value\":%s}"
        .formatted(unit, indicator, period, value);
  }

  private static JsonArray items(Api who, String query) {
    Api.Reply reply = who.get("api/v1/indicators?" + query);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonArray("items");
  }

  @Test
  void aRegionsAdminRecordsIndicatorsAndSolokPeriodicReportShowsThem() throws Exception {
    String unit = "Dinas Kesehatan " + System.nanoTime() % 100000;
    String unitQuery = "unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
    Api admin = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));

    Api.Reply first = admin.post("api/v1/indicators", entry(unit, "ikm", "2024", "80"));
    assertEquals(201, first.status(), first::toString);
    assertEquals(201, admin.post("api/v1/indicators", entry(unit, "ikm", "2025", "85.5")).status());
    Api.Reply replaced = admin.post("api/v1/indicators", entry(unit, "ikm", "2025", "88"));
    assertEquals(200, replaced.status(), replaced::toString);
    assertTrue(replaced.json().getBoolean("replaced"));
    assertEquals(
        201, admin.post("api/v1/indicators", entry(unit, "jumlah-asn", "2025-S1", "120")).status());

    Api.Reply bad = admin.post("api/v1/indicators", entry(" ", "IKM Baru", "2025-Q5", "null"));
    bad.problem(400);
    Set<String> fields =
        bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("unitKerja", "indicator", "period", "value"), fields);
    admin.post("api/v1/indicators", entry(unit, "ikm", "1999", "1")).problem(400);

    assertEquals(3, items(admin, unitQuery).size());
    JsonArray ikm2025 = items(admin, unitQuery + "&indicator=ikm&year=2025");
    assertEquals(1, ikm2025.size(), ikm2025::toString);
    assertEquals(88.0, ikm2025.getJsonObject(0).getJsonNumber("value").doubleValue());
    JsonObject paged = admin.get("api/v1/indicators?" + unitQuery + "&size=2&page=2").json();
    assertEquals(3, paged.getInt("totalItems"));
    assertEquals(1, paged.getJsonArray("items").size());
    admin.get("api/v1/indicators?year=1999").problem(400);

    // the region's staff read; only admins record; other regions see nothing
    Api evaluator = People.signIn(base, People.create(base, "solok", "EVALUATOR"));
    assertEquals(3, items(evaluator, unitQuery).size());
    evaluator.post("api/v1/indicators", entry(unit, "ikm", "2023", "70")).problem(403);
    People.signIn(base, People.create(base, "solok", "LEARNER"))
        .get("api/v1/indicators")
        .problem(403);
    Api kupang = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    assertTrue(items(kupang, unitQuery).isEmpty(), "Kupang sees none of Solok's values");
    long id = first.json().getJsonNumber("id").longValue();
    kupang.delete("api/v1/indicators/" + id).problem(404);
    assertTrue(
        evaluator
            .get("api/v1/indicators/names")
            .json()
            .getJsonArray("indicators")
            .toString()
            .contains("jumlah-asn"));

    // a CSV is stored all or nothing
    String broken =
        "unit_kerja;indicator;period;value\n"
            + unit
            + ";jumlah-pengaduan;2025-Q1;12\n"
            + unit
            + ";jumlah-pengaduan;2025-Q9;7\n";
    Api.Reply refused =
        admin.postBytes(
            "api/v1/indicators/import", "text/csv", broken.getBytes(StandardCharsets.UTF_8));
    refused.problem(400);
    assertTrue(refused.body().contains("lines[3].period"), refused::toString);
    assertEquals(3, items(admin, unitQuery).size(), "nothing of the broken file was stored");
    String good =
        "unit_kerja;indicator;period;value;note\n"
            + unit
            + ";jumlah-pengaduan;2025-Q1;12;loket\n"
            + unit
            + ";jumlah-pengaduan;2025-Q2;7,5;\n";
    Api.Reply imported =
        admin.postBytes(
            "api/v1/indicators/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(2, imported.json().getInt("recorded"));
    assertEquals(
        7.5,
        items(admin, unitQuery + "&indicator=jumlah-pengaduan&size=5")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getString("period").equals("2025-Q2"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("value")
            .doubleValue());

    // Solok's periodic report compares the unit's IKM of 2025 with 2024
    byte[] jar =
        Files.readAllBytes(Path.of("../../plugins/solok/target/latih-plugin-solok-1.0.0.jar"));
    Api.Reply installed = admin.postBytes("api/v1/plugins", "application/java-archive", jar);
    assertTrue(installed.status() == 201 || installed.status() == 409, installed::toString);
    try {
      Api.Reply report =
          evaluator.get(
              "api/v1/evaluation/reports/"
                  + SOLOK_PLUGIN
                  + "/evaluasi-berkala-respon-masyarakat?year=2025");
      assertEquals(200, report.status(), report::toString);
      List<JsonArray> rows =
          report
              .json()
              .getJsonArray("tables")
              .getJsonObject(0)
              .getJsonArray("rows")
              .getValuesAs(JsonArray.class);
      JsonArray mine =
          rows.stream()
              .filter(r -> r.getString(0).equals(unit))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + unit + ": " + report));
      assertEquals(
          List.of(unit, "80,0", "88,0", "8,0"),
          mine.getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .toList());
    } finally {
      if (installed.status() == 201) {
        admin.delete("api/v1/plugins/" + SOLOK_PLUGIN);
      }
    }

    assertEquals(204, admin.delete("api/v1/indicators/" + id).status());
    assertFalse(
        items(admin, unitQuery + "&indicator=ikm").getValuesAs(JsonObject.class).stream()
            .anyMatch(i -> i.getJsonNumber("id").longValue() == id));
  }
}
