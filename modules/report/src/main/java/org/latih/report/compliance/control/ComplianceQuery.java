package org.latih.report.compliance.control;

import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.PageRequest;

/**
 * What a JP compliance report covers: a region (null: every region, for system admins), a year, an
 * optional unit kerja, the target, whether only those below it are listed, and the people's order.
 */
public record ComplianceQuery(
    Region region,
    int year,
    String unitKerja,
    int target,
    boolean belowOnly,
    PersonOrder order,
    PageRequest page) {

  public ComplianceQuery {
    if (target < 1 || target > 1000) {
      throw new InvalidInputException("target", "report.target", target);
    }
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("year", "report.year", year);
    }
    unitKerja = unitKerja == null || unitKerja.isBlank() ? null : unitKerja.strip();
  }

  /**
   * The order of the people list; the database sorts, so a page is the same page every time. A
   * person's JP is {@code SUM(c.jp)} over their positive credits, null for none (see {@link
   * JpCompliance}): null sorts as the fewest. People without a unit kerja come last, as in the
   * units' table, on either database (H2 sorts nulls first by default, PostgreSQL last).
   */
  public enum PersonOrder {
    /** Largest shortfall (fewest JP) first: who needs training most. */
    SHORTFALL("SUM(c.jp) ASC NULLS FIRST, u.name ASC, u.id ASC"),
    /** Most JP first. */
    JP("SUM(c.jp) DESC NULLS LAST, u.name ASC, u.id ASC"),
    NAME("u.name ASC, u.id ASC"),
    UNIT("u.unitKerja ASC NULLS LAST, SUM(c.jp) ASC NULLS FIRST, u.name ASC, u.id ASC");

    final String jpql;

    PersonOrder(String jpql) {
      this.jpql = jpql;
    }

    /**
     * The order named in a request ({@code shortfall}, {@code jp}, {@code name}, {@code
     * unitKerja}).
     */
    public static PersonOrder parse(String text) {
      if (text == null || text.isBlank()) {
        return SHORTFALL;
      }
      return switch (text.strip()) {
        case "shortfall" -> SHORTFALL;
        case "jp" -> JP;
        case "name" -> NAME;
        case "unitKerja" -> UNIT;
        default -> throw new InvalidInputException("sort", "report.sort", text);
      };
    }
  }
}
