package org.latih.kernel.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.latih.kernel.identity.user.control.Csv;

/**
 * What a spreadsheet user gets from an export: the separator their Excel splits at, names that
 * survive, and no cell (a line of a multi-line cell included) that runs as a formula.
 */
class CsvWriterTest {

  @Test
  void indonesianReadersGetSemicolonsAndEnglishReadersCommas() {
    assertEquals(CsvDialect.SEMICOLON, CsvDialect.of(Locale.forLanguageTag("id")));
    assertEquals(CsvDialect.SEMICOLON, CsvDialect.of(Locale.forLanguageTag("id-ID")));
    assertEquals(CsvDialect.COMMA, CsvDialect.of(Locale.ENGLISH));
    String semicolons = new CsvWriter(CsvDialect.SEMICOLON).row("nama", "nilai").text();
    assertEquals("\uFEFFnama;nilai\r\n", semicolons);
    String commas = new CsvWriter(CsvDialect.COMMA).row("name", "score").text();
    assertEquals("\uFEFFname,score\r\n", commas);
  }

  @Test
  void cellsHoldingTheSeparatorQuotesOrLineBreaksReadBackWhole() {
    List<String> cells = List.of("Dinas A; Bidang B", "Dinas \"Baru\"", "dua\nbaris", "a,b", "");
    for (CsvDialect dialect : CsvDialect.values()) {
      String text = new CsvWriter(dialect).row(cells).row("x", "y", "z", "w", "v").text();
      List<Csv.Row> rows = Csv.parse(text);
      assertEquals(cells, rows.get(0).cells(), dialect::name);
    }
  }

  @Test
  void noCellStartsAFormulaNotEvenOnItsSecondLine() {
    assertEquals("'=HYPERLINK(\"x\")", CsvWriter.neutralised("=HYPERLINK(\"x\")"));
    assertEquals("'+62 812", CsvWriter.neutralised("+62 812"));
    assertEquals("'-A1+B1", CsvWriter.neutralised("-A1+B1"));
    assertEquals("'@SUM(A1)", CsvWriter.neutralised("@SUM(A1)"));
    assertEquals("'\tx", CsvWriter.neutralised("\tx"));
    assertEquals("'\uFF1D1+1", CsvWriter.neutralised("\uFF1D1+1"));
    // the reported bypass: a name whose first line is harmless
    assertEquals("Budi\n'=cmd|'/c calc'!A1", CsvWriter.neutralised("Budi\n=cmd|'/c calc'!A1"));
    assertEquals("'=1+1\nBudi", CsvWriter.neutralised("=1+1\nBudi"));
    // read with the other dialect, the text after a separator would be a cell of its own
    assertEquals("Budi;'=1+1", CsvWriter.neutralised("Budi;=1+1"));
    assertEquals("Budi,'@x", CsvWriter.neutralised("Budi,@x"));
  }

  @Test
  void plainNumbersAndOrdinaryTextStayAsTheyAre() {
    for (String kept :
        List.of("-0,5", "-12%", "1.234,5", "-3", "Siti Aminah, S.Kom.", "Dinas - A")) {
      assertEquals(kept, CsvWriter.neutralised(kept));
    }
    assertEquals("", CsvWriter.neutralised(null));
  }

  @Test
  void everyWrittenCellReadsBackWithoutAFormulaStart() {
    String nasty = "Budi\r\n=1+1;\n+2,-3\n@4\t";
    String text = new CsvWriter(CsvDialect.SEMICOLON).row("nama", "nilai").row(nasty, "ok").text();
    String cell = Csv.parse(text).get(1).cells().get(0);
    for (String line : cell.split("[\\r\\n;,]")) {
      assertFalse(!line.isEmpty() && "=+-@".indexOf(line.charAt(0)) >= 0, line);
    }
    assertTrue(Arrays.stream(cell.split("[\\r\\n;,]")).anyMatch(l -> l.equals("'=1+1")), cell);
  }

  @Test
  void aStreamedFileIsTheSameAsOneBuiltInMemory() {
    java.io.StringWriter target = new java.io.StringWriter();
    CsvWriter streamed = new CsvWriter(CsvDialect.SEMICOLON, target);
    streamed.row("nama", "=SUM(A1)").blankLine().row("Ani", "-12,5");
    streamed.flush();
    String inMemory =
        new CsvWriter(CsvDialect.SEMICOLON)
            .row("nama", "=SUM(A1)")
            .blankLine()
            .row("Ani", "-12,5")
            .text();
    assertEquals(inMemory, target.toString());
    assertEquals("\uFEFFnama;'=SUM(A1)\r\n\r\nAni;-12,5\r\n", target.toString());
  }
}
