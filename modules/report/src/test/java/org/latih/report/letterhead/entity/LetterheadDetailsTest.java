package org.latih.report.letterhead.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

class LetterheadDetailsTest {

  private static final String NIP = "198503122010011002";

  private static List<String> fields(Runnable make) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, make::run);
    return refused.fieldProblems().stream().map(FieldProblem::field).toList();
  }

  @Test
  void blanksAreTrimmedAwayAndTheNipIsKeptAsItsDigits() {
    LetterheadDetails details =
        new LetterheadDetails(
            "  BKPSDM Kota Kupang ",
            Arrays.asList("Jl. Timor Raya 1", "  ", null, " Telp. 123 "),
            "Dra. Maria",
            "19850312 201001 1 002",
            " Kepala ",
            null);
    assertEquals("BKPSDM Kota Kupang", details.agency());
    assertEquals(List.of("Jl. Timor Raya 1", "Telp. 123"), details.addressLines());
    assertEquals(NIP, details.signatoryNip());
    assertEquals("Kepala", details.signatoryJabatan());
    assertNull(details.signatoryPlace());
  }

  @Test
  void noSignatoryAtAllIsFine() {
    assertNull(new LetterheadDetails("BKPSDM", null, " ", null, null, "").signatoryName());
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    assertEquals(
        List.of("agency", "addressLines", "signatoryName", "signatoryNip"),
        fields(
            () ->
                new LetterheadDetails(
                    " ",
                    List.of("1", "2", "3", "4", "5"),
                    null,
                    "123456789012345678",
                    "Kepala",
                    null)));
  }

  @Test
  void theNipIsCheckedAsTheKernelChecksEveryNip() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new LetterheadDetails("BKPSDM", null, "Kepala", "19851312201001100", null, null));
    assertEquals("signatoryNip", refused.fieldProblems().get(0).field());
    assertEquals("nip.format", refused.fieldProblems().get(0).messageKey());
    assertEquals(
        List.of("signatoryNip"),
        fields(
            () ->
                new LetterheadDetails("BKPSDM", null, "Kepala", "198513122010011002", null, null)));
  }

  @Test
  void longTextIsRefusedWithItsLimit() {
    assertEquals(
        List.of("agency", "signatoryPlace"),
        fields(
            () ->
                new LetterheadDetails(
                    "x".repeat(201), null, "Kepala", null, null, "y".repeat(101))));
  }
}
