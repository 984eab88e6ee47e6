package org.latih.evaluation.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Opens the workbook as Excel would: a zip of XML parts, every one well-formed. */
class XlsxReportTest {

  private record Cell(String text, Double number, String style) {}

  private static Map<String, Document> open(Report report) throws Exception {
    byte[] bytes = new XlsxReport().render(report, SampleReports.HEADER);
    Map<String, Document> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        parts.put(
            e.getName(),
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
      }
    }
    for (String part :
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml")) {
      assertNotNull(parts.get(part), part);
    }
    return parts;
  }

  private static List<String> sheetNames(Map<String, Document> parts) {
    NodeList sheets = parts.get("xl/workbook.xml").getElementsByTagName("sheet");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sheets.getLength(); i++) {
      names.add(((Element) sheets.item(i)).getAttribute("name"));
    }
    return names;
  }

  /** Cells of sheet {@code n} (1-based) by reference. */
  private static Map<String, Cell> cells(Map<String, Document> parts, int n) {
    NodeList cs = parts.get("xl/worksheets/sheet" + n + ".xml").getElementsByTagName("c");
    Map<String, Cell> cells = new HashMap<>();
    for (int i = 0; i < cs.getLength(); i++) {
      Element c = (Element) cs.item(i);
      NodeList v = c.getElementsByTagName("v");
      NodeList t = c.getElementsByTagName("t");
      cells.put(
          c.getAttribute("r"),
          new Cell(
              t.getLength() > 0 ? t.item(0).getTextContent() : null,
              v.getLength() > 0 ? Double.valueOf(v.item(0).getTextContent()) : null,
              c.getAttribute("s")));
    }
    return cells;
  }

  @Test
  void aSummarySheetThenOneSheetPerTableAndChart() throws Exception {
    Map<String, Document> parts = open(SampleReports.kupang());
    assertEquals(
        List.of("Ringkasan", "Kepuasan per unit kerja", "Skor pre dan post"), sheetNames(parts));

    Map<String, Cell> summary = cells(parts, 1);
    assertEquals("Reaksi peserta pelatihan", summary.get("A1").text());
    assertEquals("1", summary.get("A1").style(), "the title is bold");
    assertTrue(summary.get("A2").text().contains("Kota Kupang"));
    assertEquals("Angka kunci", summary.get("A4").text());
    assertEquals("Keterangan", summary.get("A5").text());
    assertEquals("Peserta", summary.get("A6").text());
    assertEquals(1234.0, summary.get("B6").number(), "1.234 is one thousand two hundred ...");
    assertEquals(85.2, summary.get("B7").number());
    assertEquals(
        "=HYPERLINK(\"x\")", summary.get("B8").text(), "an inline string is never a formula");
    assertTrue(
        summary.values().stream()
            .anyMatch(c -> "Saran: tambah praktik di loket.".equals(c.text())));
  }

  @Test
  void tableCellsThatShowNumbersAreNumbersUnderABoldHeaderRow() throws Exception {
    Map<String, Cell> table = cells(open(SampleReports.kupang()), 2);
    assertEquals("Unit kerja", table.get("A1").text());
    assertEquals("1", table.get("D1").style());
    assertEquals(120.0, table.get("B2").number());
    assertEquals(3.4, table.get("C2").number());
    assertEquals(0.852, table.get("D2").number(), 1e-9);
    assertEquals("3", table.get("D2").style(), "a percent format with decimals");
    assertEquals(1234.0, table.get("B3").number());
    assertEquals(-0.5, table.get("C3").number());
    assertEquals(1.0, table.get("D3").number());
    assertEquals("2", table.get("D3").style(), "a whole percent format");
    assertEquals("–", table.get("C4").text());
    assertEquals("0812345678", table.get("D4").text(), "a leading zero keeps it text");

    Map<String, Cell> chart = cells(open(SampleReports.kupang()), 3);
    assertEquals("Post", chart.get("C1").text());
    assertEquals(80.25, chart.get("C2").number());
  }

  @Test
  void sheetNamesAreShortLegalAndUnique() throws Exception {
    String longName = "Kepuasan peserta per unit kerja dan per angkatan tahun ini";
    Report report =
        new Report(
            "Nama lembar",
            List.of(),
            List.of(
                new Table(longName, List.of("a"), List.of()),
                new Table(longName, List.of("a"), List.of()),
                new Table("Skor [pre]/post: *rata-rata*?", List.of("a"), List.of()),
                new Table("ringkasan", List.of("a"), List.of()),
                new Table("''", List.of("a"), List.of()),
                new Table(null, List.of("a"), List.of())),
            List.of(),
            List.of());
    List<String> names = sheetNames(open(report));
    assertEquals(7, names.size(), names::toString);
    assertEquals(
        7, new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).size());
    for (String name : names) {
      assertTrue(name.length() <= 31, name);
      assertFalse(name.matches(".*[\\[\\]:*?/\\\\].*"), name);
      assertFalse(name.isBlank() || name.startsWith("'") || name.endsWith("'"), name);
    }
    assertEquals("Kepuasan peserta per unit kerja", names.get(1));
    assertEquals("Kepuasan peserta per unit k (2)", names.get(2));
    assertEquals("Skor pre post rata-rata", names.get(3));
    assertEquals("ringkasan (2)", names.get(4));
    assertEquals("Tabel 5", names.get(5));
    assertEquals("Tabel 6", names.get(6));
  }

  @Test
  void aLargeTableKeepsEveryRow() throws Exception {
    Map<String, Cell> table = cells(open(SampleReports.large(500)), 2);
    assertEquals("Baris 500", table.get("A501").text());
    assertEquals(500.0, table.get("C501").number());
  }

  @Test
  void columnReferencesGoPastZ() {
    assertEquals("A1", XlsxReport.reference(0, 1));
    assertEquals("Z2", XlsxReport.reference(25, 2));
    assertEquals("AA3", XlsxReport.reference(26, 3));
    assertEquals("BA4", XlsxReport.reference(52, 4));
  }

  @Test
  void controlCharactersThatXmlForbidsAreDropped() throws IOException, Exception {
    Report report =
        new Report("Judul\u0001 aneh <&>", List.of(), List.of(), List.of(), List.of("baris\u0007"));
    Map<String, Cell> summary = cells(open(report), 1);
    assertEquals("Judul aneh <&>", summary.get("A1").text());
  }
}
