package org.latih.report.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

  @Test
  void theDefaultPadsTheSequenceAndNamesTheRegionInCapitalsAndTheYear() {
    CertificateNumber numbers = new CertificateNumber(CertificateNumber.DEFAULT);
    assertEquals("0007/STTPP/KOTA-KUPANG/2026", numbers.format(7, "kota-kupang", 2026));
    assertEquals("12345/STTPP/SOLOK/2027", numbers.format(12345, "solok", 2027));
  }

  @Test
  void everyPlaceholderAndTheTextAroundItAsWritten() {
    assertEquals(
        "3/kupang/2026", new CertificateNumber("{seq}/{region}/{year}").format(3, "kupang", 2026));
    assertEquals(
        "Nomor 003.KUPANG-kupang.2026 ({x})",
        new CertificateNumber("Nomor {seq:3}.{REGION}-{region}.{year} ({x})")
            .format(3, "kupang", 2026));
    assertEquals("$1\\", new CertificateNumber("${seq}\\").format(1, "a", 2026).substring(0, 3));
  }

  @Test
  void consecutiveSequencesGiveDifferentNumbers() {
    CertificateNumber numbers = new CertificateNumber("{seq:2}/{year}");
    Set<String> seen = new HashSet<>();
    for (int seq = 1; seq <= 150; seq++) {
      assertTrue(seen.add(numbers.format(seq, "kupang", 2026)), "seq " + seq);
    }
    assertEquals("100/2026", numbers.format(100, "kupang", 2026), "padding never cuts");
  }

  @Test
  void aPatternWithoutTheSequenceIsRefusedWithTheKeyToFix() {
    var refused =
        assertThrows(
            IllegalArgumentException.class, () -> new CertificateNumber("{region}/{year}"));
    assertTrue(refused.getMessage().contains("latih.report.certificate.number-pattern"));
    assertThrows(IllegalArgumentException.class, () -> new CertificateNumber(null));
    assertThrows(
        IllegalArgumentException.class, () -> new CertificateNumber("{seq}" + "x".repeat(80)));
  }
}
