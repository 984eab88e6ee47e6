package org.latih.report.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.identity.user.control.Csv;
import org.latih.report.export.api.Table;
import org.latih.report.export.api.TableFormat;

/** Each writer's file read back the way its reader would: a spreadsheet, a JSON parser, PDFBox. */
class TableWritersTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  /** Rows made as they are asked for, as the database cursor hands them over. */
  record Generated(String name, List<String> columns, int count) implements Table {
    @Override
    public void rows(Consumer<List<Object>> row) {
      for (int i = 1; i <= count; i++) {
        row.accept(
            Arrays.asList(
                "Peserta " + i,
                i % 2 == 0 ? "=HYPERLINK(\"http://x\")" : "Dinas Kesehatan",
                (long) i,
                i + 0.25,
                i % 3 == 0 ? null : 80.5,
                LocalDate.of(2025, 3, 1 + i % 28)));
      }
    }
  }

  private static Table sample(int rows) {
    return new Generated(
        "Percobaan pre-test dan post-test seluruh peserta",
        List.of("Nama", "Unit kerja", "Ke-", "Nilai", "Maks", "Tanggal"),
        rows);
  }

  private static byte[] write(TableFormat format, Locale locale, Table... tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(List.of(tables), out, locale);
    return out.toByteArray();
  }

  @Test
  void csvIsTheOneDialectWithFormulasNeutralisedAndNumbersInTheReadersNotation() {
    String text = new String(write(TableFormat.CSV, ID, sample(3)), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFNama;Unit kerja;Ke-;Nilai;Maks;Tanggal\r\n"), text);
    List<Csv.Row> rows = Csv.parse(text);
    assertEquals(4, rows.size());
    assertEquals(
        List.of("Peserta 1", "Dinas Kesehatan", "1", "1,25", "80,5", "2025-03-02"),
        rows.get(1).cells());
    assertEquals("'=HYPERLINK(\"http://x\")", rows.get(2).cells().get(1), "never a formula");
    assertEquals("", rows.get(3).cells().get(4), "no data is an empty cell");

    String english =
        new String(write(TableFormat.CSV, Locale.ENGLISH, sample(1)), StandardCharsets.UTF_8);
    assertTrue(english.contains("Peserta 1,Dinas Kesehatan,1,1.25,80.5,2025-03-02"), english);
    assertEquals(CsvDialect.COMMA, CsvDialect.of(Locale.ENGLISH));
  }

  @Test
  void xlsxHasNumberCellsDateCellsEmptyCellsAndAShortSheetName() throws Exception {
    byte[] bytes = write(TableFormat.XLSX, ID, sample(3));
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getFirstSheet();
      assertEquals("Percobaan pre-test dan", sheet.getName(), "cut after a whole word");
      List<Row> rows = sheet.read();
      assertEquals(4, rows.size());
      assertEquals("Nama", rows.get(0).getCellText(0));
      Row first = rows.get(1);
      assertEquals(CellType.NUMBER, first.getCell(2).getType());
      assertEquals(1.0, first.getCell(2).asNumber().doubleValue());
      assertEquals(1.25, first.getCell(3).asNumber().doubleValue());
      assertEquals(LocalDate.of(2025, 3, 2), first.getCell(5).asDate().toLocalDate());
      assertEquals(CellType.STRING, rows.get(2).getCell(1).getType(), "a formula stays text");
      Cell missing = rows.get(3).getOptionalCell(4).orElse(null);
      assertTrue(missing == null || missing.getType() == CellType.EMPTY, "no data: empty cell");
    }
  }

  @Test
  void aTableLongerThanASheetContinuesOnTheNextWithItsHeadings() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxTableWriter(4).write(List.of(sample(10)), out, ID);
    try (ReadableWorkbook book =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Sheet> sheets = book.getSheets().toList();
      assertEquals(3, sheets.size());
      assertEquals("Percobaan pre-test dan (2)", sheets.get(1).getName());
      List<Row> last = sheets.get(2).read();
      assertEquals("Nama", last.get(0).getCellText(0));
      assertEquals("Peserta 10", last.get(last.size() - 1).getCellText(0));
      int data = 0;
      for (Sheet s : sheets) {
        data += s.read().size() - 1;
      }
      assertEquals(10, data);
    }
  }

  @Test
  void jsonIsParsedBackWithNumbersDatesAndNulls() {
    byte[] bytes = write(TableFormat.JSON, ID, sample(3), sample(1));
    JsonObject doc =
        Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
    JsonArray tables = doc.getJsonArray("tables");
    assertEquals(2, tables.size());
    JsonObject table = tables.getJsonObject(0);
    assertEquals("Nilai", table.getJsonArray("columns").getString(3));
    JsonArray rows = table.getJsonArray("rows");
    assertEquals(3, rows.size());
    assertEquals(1, rows.getJsonArray(0).getJsonNumber(2).intValue());
    assertEquals(1.25, rows.getJsonArray(0).getJsonNumber(3).doubleValue());
    assertEquals("2025-03-02", rows.getJsonArray(0).getString(5));
    assertEquals(JsonValue.NULL, rows.getJsonArray(2).get(4));
  }

  @Test
  void pdfRunsOverPagesWithTheHeadingsOnEachAndNumbersInTheReadersNotation() throws Exception {
    byte[] bytes = write(TableFormat.PDF, ID, sample(120));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertTrue(pdf.getNumberOfPages() >= 3, "120 rows over several pages");
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(pdf.getNumberOfPages());
      String last = stripper.getText(pdf);
      assertTrue(last.contains("Nama"), "the headings again on the last page");
      assertTrue(last.contains("Peserta 120"), last);
      assertTrue(last.contains("120,25"), "a decimal comma for an Indonesian reader");
    }
  }

  @Test
  void aWriterAsksForTheRowsOnce() {
    List<Integer> asked = new ArrayList<>();
    Table counted =
        new Table() {
          public String name() {
            return "x";
          }

          public List<String> columns() {
            return List.of("a");
          }

          public void rows(Consumer<List<Object>> row) {
            asked.add(1);
            row.accept(Arrays.asList((Object) null));
          }
        };
    for (TableFormat format : TableFormat.values()) {
      write(format, ID, counted);
    }
    assertEquals(TableFormat.values().length, asked.size());
  }
}
