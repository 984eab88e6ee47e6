package org.latih.kernel.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sheet names as a reader sees them on the workbook's tabs. */
class SheetNamesTest {

  @Test
  void aLongTitleIsCutAfterItsLastWholeWord() {
    SheetNames names = new SheetNames();
    String title = "Kepuasan peserta per unit kerja dan per angkatan tahun ini";
    assertEquals("Kepuasan peserta per unit kerja", names.next(title, "Tabel 1"));
    assertEquals("Kepuasan peserta per unit (2)", names.next(title, "Tabel 2"));
    assertEquals(
        "Rata-rata skor reaksi peserta",
        names.next("Rata-rata skor reaksi peserta per aspek", "x"));
  }

  @Test
  void oneWordLongerThanTheLimitIsCutAndNamesStayUnique() {
    SheetNames names = new SheetNames();
    String word = "Penyelenggaraanpelatihanteknisfungsional";
    assertEquals(word.substring(0, 31), names.next(word, "x"));
    assertEquals("Ringkasan", names.next("Ringkasan", "x"));
    assertEquals("ringkasan (2)", names.next("ringkasan", "x"));
    assertEquals("Tabel 4", names.next("[]:*?", "Tabel 4"));
  }
}
