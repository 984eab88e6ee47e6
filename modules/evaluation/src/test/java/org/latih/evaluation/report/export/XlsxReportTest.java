package org.latih.evaluation.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;

/** Opens the workbook with a spreadsheet reader (fastexcel's) and looks at what a reader sees. */
class XlsxReportTest {

  /** The sheets of the workbook, each as its rows. */
  private record Book(List<String> names, List<List<Row>> sheets) {

    /** The cell at an A1-style column letter and 1-based row, or null when there is none. */
    Cell cell(int sheet, String column, int row) {
      List<Row> rows = sheets.get(sheet - 1);
      int c = column.charAt(0) - 'A';
      return rows.stream()
          .filter(r -> r.getRowNum() == row)
          .findFirst()
          .flatMap(r -> r.getOptionalCell(c))
          .orElse(null);
    }

    String text(int sheet, String column, int row) {
      Cell cell = cell(sheet, column, row);
      return cell == null ? null : cell.getText();
    }

    double number(int sheet, String column, int row) {
      Cell cell = cell(sheet, column, row);
      assertEquals(CellType.NUMBER, cell.getType(), column + row + " is a number cell");
      return cell.asNumber().doubleValue();
    }

    boolean empty(int sheet, String column, int row) {
      Cell cell = cell(sheet, column, row);
      return cell == null || cell.getType() == CellType.EMPTY;
    }
  }

  private static Book open(Report report) throws Exception {
    byte[] bytes = new XlsxReport().render(report, SampleReports.HEADER);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      List<List<Row>> rows = new java.util.ArrayList<>();
      for (Sheet sheet : sheets) {
        rows.add(sheet.read());
      }
      return new Book(sheets.stream().map(Sheet::getName).toList(), rows);
    }
  }

  @Test
  void aSummarySheetThenOneSheetPerTableAndChart() throws Exception {
    Book book = open(SampleReports.kupang());
    assertEquals(
        List.of("Ringkasan", "Kepuasan per unit kerja", "Skor pre dan post"), book.names());
    assertEquals("Reaksi peserta pelatihan", book.text(1, "A", 1));
    assertTrue(book.text(1, "A", 2).contains("Kota Kupang"));
    assertEquals("Angka kunci", book.text(1, "A", 4));
    assertEquals("Keterangan", book.text(1, "A", 5));
    assertEquals("Peserta", book.text(1, "A", 6));
    assertEquals(1234.0, book.number(1, "B", 6), "1.234 is one thousand two hundred ...");
    assertEquals(85.2, book.number(1, "B", 7));
    Cell formula = book.cell(1, "B", 8);
    assertEquals(CellType.STRING, formula.getType(), "a typed formula stays text");
    assertEquals("=HYPERLINK(\"x\")", formula.getText());
    assertTrue(
        book.sheets().get(0).stream()
            .anyMatch(r -> "Saran: tambah praktik di loket.".equals(r.getCellText(0))));
  }

  @Test
  void tableCellsThatShowNumbersAreNumbersAndNoDataIsAnEmptyCell() throws Exception {
    Book book = open(SampleReports.kupang());
    assertEquals("Unit kerja", book.text(2, "A", 1));
    assertEquals(CellType.STRING, book.cell(2, "D", 1).getType(), "the header row is text");
    assertEquals(120.0, book.number(2, "B", 2));
    assertEquals(3.4, book.number(2, "C", 2));
    assertEquals(0.852, book.number(2, "D", 2), 1e-9);
    assertEquals("0.00%", book.cell(2, "D", 2).getDataFormatString(), "a percent with decimals");
    assertEquals(1234.0, book.number(2, "B", 3));
    assertEquals(-0.5, book.number(2, "C", 3));
    assertEquals(1.0, book.number(2, "D", 3));
    assertEquals("0%", book.cell(2, "D", 3).getDataFormatString(), "a whole percent");
    assertTrue(book.empty(2, "C", 4), "the plugin's \"–\" (no data) is an empty cell");
    assertEquals("0812345678", book.text(2, "D", 4), "a leading zero keeps it text");

    assertEquals("Post", book.text(3, "C", 1));
    assertEquals(BigDecimal.valueOf(80.25), book.cell(3, "C", 2).asNumber().stripTrailingZeros());
  }

  @Test
  void sheetNamesAreShortLegalUniqueAndCutAtAWord() throws Exception {
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
    List<String> names = open(report).names();
    assertEquals(7, names.size(), names::toString);
    assertEquals(
        7, new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).size());
    for (String name : names) {
      assertTrue(name.length() <= 31, name);
      assertFalse(name.matches(".*[\\[\\]:*?/\\\\].*"), name);
      assertFalse(name.isBlank() || name.startsWith("'") || name.endsWith("'"), name);
    }
    assertEquals("Kepuasan peserta per unit kerja", names.get(1));
    assertEquals("Kepuasan peserta per unit (2)", names.get(2));
    assertEquals("Skor pre post rata-rata", names.get(3));
    assertEquals("ringkasan (2)", names.get(4));
    assertEquals("Tabel 5", names.get(5));
    assertEquals("Tabel 6", names.get(6));
  }

  @Test
  void aLargeTableKeepsEveryRow() throws Exception {
    Book book = open(SampleReports.large(500));
    assertEquals("Baris 500", book.text(2, "A", 501));
    assertEquals(500.0, book.number(2, "C", 501));
  }

  @Test
  void controlCharactersThatXmlForbidsAreDropped() throws Exception {
    Report report =
        new Report("Judul\u0001 aneh <&>", List.of(), List.of(), List.of(), List.of("baris\u0007"));
    assertEquals("Judul aneh <&>", open(report).text(1, "A", 1));
  }
}
