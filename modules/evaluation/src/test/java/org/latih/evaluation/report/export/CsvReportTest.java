package org.latih.evaluation.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvReportTest {

  private static String render(org.latih.api.reports.Report report) {
    return render(report, SampleReports.HEADER);
  }

  private static String render(org.latih.api.reports.Report report, ExportHeader header) {
    byte[] bytes = new CsvReport().render(report, header);
    assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark");
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void blocksOfKeyFiguresTablesChartsAndNarrativeSeparatedBySemicolons() {
    List<String> lines = Arrays.asList(render(SampleReports.kupang()).split("\r\n", -1));
    assertEquals("Reaksi peserta pelatihan", lines.get(0));
    assertEquals("Wilayah: Kota Kupang · Kursus: pelayanan-publik · Tahun: 2025", lines.get(1));
    assertTrue(lines.contains("Angka kunci"), lines::toString);
    assertTrue(lines.contains("Keterangan;Nilai;Satuan"), lines::toString);
    assertTrue(lines.contains("Kepuasan;85,2;%"), "a decimal comma needs no quotes");
    assertTrue(lines.contains("Kepuasan per unit kerja"));
    assertTrue(lines.contains("Unit kerja;Jawaban;Rata-rata;Setuju"));
    assertTrue(lines.contains("Dinas Kesehatan;120;3,4;85,2%"));
    assertTrue(lines.contains("Skor pre dan post"));
    assertTrue(lines.contains("Keterangan;Pre;Post"));
    assertTrue(lines.contains("Materi;55,5;80,25"));
    assertTrue(lines.contains("Uraian"));
    assertTrue(lines.contains("Saran: tambah praktik di loket."));
  }

  @Test
  void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    String csv = render(SampleReports.kupang());
    assertTrue(csv.contains("\"Badan Keuangan; Aset\";1.234;-0,5;100%"), csv);
    assertTrue(csv.contains("\"Kecamatan \"\"Alak\"\"\";7;;0812345678"), csv);
  }

  @Test
  void englishReadersGetCommas() {
    ExportHeader english =
        new ExportHeader("Kota Kupang", "pelayanan-publik", 2025, Locale.ENGLISH);
    List<String> lines = Arrays.asList(render(SampleReports.kupang(), english).split("\r\n", -1));
    assertTrue(lines.contains("Label,Value,Unit"), lines::toString);
    assertTrue(lines.contains("Kepuasan,\"85,2\",%"), lines::toString);
  }

  @Test
  void formulasAreDefusedButNegativeNumbersStayNumbers() {
    String csv = render(SampleReports.kupang());
    assertTrue(csv.contains("Rencana tindak lanjut;\"'=HYPERLINK"), csv);
    assertTrue(csv.contains(";-0,5;"), csv);
  }

  @Test
  void aLargeTableHasOneLinePerRow() {
    String csv = render(SampleReports.large(500));
    long rows = csv.lines().filter(l -> l.startsWith("Baris ")).count();
    assertEquals(500, rows);
    assertTrue(csv.contains("Baris 500;Unit kerja nomor 500 dengan nama yang cukup panjang;500"));
  }
}
