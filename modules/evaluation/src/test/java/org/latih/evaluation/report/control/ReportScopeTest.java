package org.latih.evaluation.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.ReportRequest;

class ReportScopeTest {

  @Test
  void aRequestedCourseMatchesTheStoredCodeAsThePluginsCompareIt() {
    assertEquals("manajemen-waktu", ReportScope.courseKey(" Manajemen-WAKTU "));
    assertNull(ReportScope.courseKey("  "));
    assertNull(ReportScope.of(1L, new ReportRequest(null, null)).course());
    // equalsIgnoreCase matches the Kelvin sign and the dotted capital I to k and i: so does the key
    for (String odd : new String[] {"\u212Aupang", "\u0130klim"}) {
      String stored = odd.equals("\u212Aupang") ? "kupang" : "iklim";
      assertTrue(odd.equalsIgnoreCase(stored));
      assertEquals(stored, ReportScope.courseKey(odd));
    }
  }

  @Test
  void anEnrolmentsYearIsThatOfItsCompletionElseItsStartInWib() {
    Instant newYearsEveUtc = Instant.parse("2024-12-31T18:00:00Z"); // 01:00 on 1 January in WIB
    assertEquals(2025, ReportScope.yearOf(newYearsEveUtc, null));
    assertEquals(2026, ReportScope.yearOf(newYearsEveUtc, Instant.parse("2026-03-01T00:00:00Z")));
  }

  @Test
  void theDatabasesWindowHoldsEveryEnrolmentOfTheYearAndTheYearIsDecidedExactly() {
    ReportScope scope = ReportScope.of(1L, new ReportRequest("x", 2025));
    Instant first = Instant.parse("2024-12-31T17:00:00Z"); // 1 January 2025, 00:00 WIB
    Instant last = Instant.parse("2025-12-31T16:59:59Z");
    assertTrue(!scope.from().isAfter(first) && scope.until().isAfter(last));
    assertTrue(scope.inYear(ReportScope.yearOf(first, null)));
    assertFalse(scope.inYear(ReportScope.yearOf(first.minusSeconds(1), null)));
    assertTrue(ReportScope.of(1L, new ReportRequest(null, null)).inYear(1999));
  }

  @Test
  void courseAndCohortCompareTrimmedAndInLowerCaseWithNullAsEmpty() {
    assertEquals(
        ReportScope.key("kupang-1", " Angkatan I "), ReportScope.key("KUPANG-1", "angkatan i"));
    assertEquals("kupang-1|", ReportScope.key("kupang-1", null));
  }
}
