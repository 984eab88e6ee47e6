package org.latih.report.outcome.control;

import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.InvalidInputException;

/**
 * What an outcome report covers and how its rows are grouped. Blank filters are no filter; a null
 * region is every region (system admins only), a null year every year (then there is no previous
 * year to compare with).
 */
public record OutcomeQuery(
    Region region,
    String course,
    Long cohort,
    String unitKerja,
    String golongan,
    String jabatan,
    Integer year,
    GroupBy groupBy,
    int minSample) {

  public OutcomeQuery {
    course = blankToNull(course);
    unitKerja = blankToNull(unitKerja);
    golongan = blankToNull(golongan);
    jabatan = blankToNull(jabatan);
    if (year != null && (year < 2000 || year > 2100)) {
      throw new InvalidInputException("year", "report.year", year);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Whether the previous year is read beside the year: only for one year, not grouped by year. */
  public boolean compares() {
    return year != null && groupBy != GroupBy.YEAR;
  }
}
