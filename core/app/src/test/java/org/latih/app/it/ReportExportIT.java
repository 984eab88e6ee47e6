package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Bengkulu plugin's report downloaded as PDF, Excel and CSV by Bengkulu's evaluator, under the
 * same rules as the report on screen: learners may not, other regions do not see it, and an unknown
 * format is refused with the formats there are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportExportIT {

  private static final String PLUGIN = "latih-bengkulu";

  @ArquillianResource URL base;

  @Test
  void anEvaluatorDownloadsTheReportAsPdfExcelAndCsv() throws Exception {
    byte[] jar =
        Files.readAllBytes(
            Path.of("../../plugins/bengkulu/target/latih-plugin-bengkulu-1.0.0.jar"));
    Api admin = People.signIn(base, People.create(base, "bengkulu", "REGIONAL_ADMIN"));
    Api.Reply installed = admin.postBytes("api/v1/plugins", "application/java-archive", jar);
    assertEquals(201, installed.status(), installed::toString);
    try {
      Api evaluator = People.signIn(base, People.create(base, "bengkulu", "EVALUATOR"));
      JsonObject report =
          ((JsonArray) evaluator.get("api/v1/evaluation/reports").structure())
              .getValuesAs(JsonObject.class).stream()
                  .filter(r -> r.getString("pluginId").equals(PLUGIN))
                  .findFirst()
                  .orElseThrow()
                  .getJsonObject("report");
      String id = report.getString("id");
      String title = report.getString("title");
      String path = "api/v1/evaluation/reports/" + PLUGIN + "/" + id + "/export";
      String name = PLUGIN + "-" + id + "-2025";

      Api.Binary pdf = evaluator.fetch(path + "?format=pdf&year=2025");
      assertEquals(200, pdf.status(), () -> pdf.asText().toString());
      assertEquals("application/pdf", pdf.header("Content-Type"));
      assertEquals("attachment; filename=\"" + name + ".pdf\"", pdf.header("Content-Disposition"));
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.contains(title), text);
        assertTrue(text.contains("Bengkulu"), "the header names the region: " + text);
        assertTrue(text.contains("Tahun: 2025"), text);
      }

      Api.Binary xlsx = evaluator.fetch(path + "?format=xlsx&year=2025");
      assertEquals(200, xlsx.status(), () -> xlsx.asText().toString());
      assertEquals(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          xlsx.header("Content-Type"));
      assertEquals(
          "attachment; filename=\"" + name + ".xlsx\"", xlsx.header("Content-Disposition"));
      try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        Sheet summary = book.getFirstSheet();
        assertEquals("Ringkasan", summary.getName());
        assertEquals(title, summary.read().get(0).getCellText(0));
      }

      Api.Binary csv = evaluator.fetch(path + "?format=CSV&year=2025&course=manajemen-waktu");
      assertEquals(200, csv.status(), () -> csv.asText().toString());
      assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
      assertEquals("attachment; filename=\"" + name + ".csv\"", csv.header("Content-Disposition"));
      String text = new String(csv.body(), StandardCharsets.UTF_8);
      assertTrue(text.startsWith("\uFEFF" + title), text);
      assertTrue(text.contains("Kursus: manajemen-waktu"), text);

      Api.Binary all = evaluator.fetch(path + "?format=csv&lang=en");
      assertEquals(200, all.status(), () -> all.asText().toString());
      assertEquals(
          "attachment; filename=\"" + PLUGIN + "-" + id + "-semua.csv\"",
          all.header("Content-Disposition"));
      assertTrue(
          new String(all.body(), StandardCharsets.UTF_8).contains("Course: all · Year: all"),
          "the language the page asked for");

      String detail = evaluator.get(path + "?format=docx").problem(400);
      assertTrue(detail.contains("pdf, xlsx, csv"), detail);
      evaluator.get(path + "?format=pdf&year=1999").problem(400);
      People.signIn(base, People.create(base, "bengkulu", "LEARNER"))
          .get(path + "?format=pdf")
          .problem(403);
      People.signIn(base, People.create(base, "solok", "EVALUATOR"))
          .get(path + "?format=pdf")
          .problem(404);
      evaluator
          .get("api/v1/evaluation/reports/" + PLUGIN + "/tidak-ada/export?format=pdf")
          .problem(404);
    } finally {
      admin.delete("api/v1/plugins/" + PLUGIN);
    }
  }
}
