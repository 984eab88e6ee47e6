package org.latih.evaluation.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.InvalidInputException;

class ExportFormatTest {

  @Test
  void formatsByNameInAnyCaseAndAnUnknownOneNamesTheKnownOnes() {
    assertEquals(ExportFormat.PDF, ExportFormat.of("pdf"));
    assertEquals(ExportFormat.XLSX, ExportFormat.of(" XLSX "));
    assertEquals(ExportFormat.CSV, ExportFormat.of("Csv"));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ExportFormat.of("docx"));
    assertEquals("format", e.field());
    assertEquals(List.of("docx", "pdf, xlsx, csv"), List.of(e.args()));
    assertThrows(InvalidInputException.class, () -> ExportFormat.of(null));
  }

  @Test
  void fileNamesAreSafe() {
    assertEquals(
        "latih-kupang-reaksi-2025.pdf",
        ReportExports.fileName("latih-kupang", "reaksi", 2025, ExportFormat.PDF));
    assertEquals(
        "latih-kupang-reaksi-semua.csv",
        ReportExports.fileName("latih-kupang", "reaksi", null, ExportFormat.CSV));
    assertEquals(
        "etc_passwd-a_b_-semua.xlsx",
        ReportExports.fileName("../../etc/passwd", "a\"b;", null, ExportFormat.XLSX));
  }

  @Test
  void indonesianNumbersAreReadBack() {
    assertEquals(1234.5, NumberText.parse("1.234,5").orElseThrow().value());
    assertEquals(0.852, NumberText.parse("85,2%").orElseThrow().value(), 1e-9);
    assertEquals(85.2, NumberText.parse("85.2").orElseThrow().value());
    assertEquals(-3.0, NumberText.parse("\u22123").orElseThrow().value());
    assertEquals(1234567.0, NumberText.parse("1.234.567").orElseThrow().value());
    assertEquals(Optional.empty(), NumberText.parse("199001012015011001"));
    assertEquals(Optional.empty(), NumberText.parse("0812"));
    assertEquals(Optional.empty(), NumberText.parse("12.34.5"));
    assertEquals(Optional.empty(), NumberText.parse("–"));
    assertEquals(Optional.empty(), NumberText.parse("2025-Q3"));
    assertEquals("1.234,5", NumberText.format(1234.5));
    assertEquals(Locale.forLanguageTag("id"), SampleReports.HEADER.locale());
  }
}
