package org.latih.assessment.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.assessment.analysis.control.QuizReports.Row;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.identity.user.control.Csv;

/** The quiz results file as a spreadsheet user opens it. */
class ResultsCsvTest {

  private static final Row SITI =
      new Row(
          "199001012020012001",
          "Siti; Aminah",
          "Dinas Sosial",
          "Kota Kupang",
          1,
          87.5,
          true,
          false,
          Instant.parse("2026-03-01T02:00:00Z"));

  private static List<Csv.Row> read(List<Row> rows, CsvDialect dialect) {
    return Csv.parse(new String(ResultsCsv.of(rows, dialect), StandardCharsets.UTF_8));
  }

  @Test
  void aNameWithALineBreakCannotSmuggleAFormula() {
    Row budi =
        new Row(
            "199001012020011001",
            "Budi\n=HYPERLINK(\"http://x\")",
            "=1+1",
            null,
            1,
            50.0,
            false,
            false,
            null);
    for (CsvDialect dialect : CsvDialect.values()) {
      List<String> cells = read(List.of(budi), dialect).get(1).cells();
      assertEquals("Budi\n'=HYPERLINK(\"http://x\")", cells.get(1), dialect::name);
      assertEquals("'=1+1", cells.get(2));
    }
  }

  @Test
  void indonesianReadersGetSemicolonsAndDecimalCommasEnglishReadersCommasAndPoints() {
    String id =
        new String(ResultsCsv.of(List.of(SITI), CsvDialect.SEMICOLON), StandardCharsets.UTF_8);
    assertTrue(id.startsWith("\uFEFFnip;nama;"), id);
    assertTrue(id.contains(";\"Siti; Aminah\";Dinas Sosial;Kota Kupang;1;87,50;ya;tidak;"), id);
    String en = new String(ResultsCsv.of(List.of(SITI), CsvDialect.COMMA), StandardCharsets.UTF_8);
    assertTrue(en.startsWith("\uFEFFnip,nama,"), en);
    assertTrue(en.contains(",Siti; Aminah,Dinas Sosial,Kota Kupang,1,87.50,ya,tidak,"), en);
    assertEquals("Siti; Aminah", read(List.of(SITI), CsvDialect.COMMA).get(1).cells().get(1));
  }
}
