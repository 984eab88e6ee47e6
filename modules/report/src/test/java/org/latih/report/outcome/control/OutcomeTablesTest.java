package org.latih.report.outcome.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.latih.kernel.i18n.Messages;
import org.latih.report.export.api.Table;

/** The outcome report as export tables: numbers stay numbers, no data is an empty cell. */
class OutcomeTablesTest {

  @Test
  void aGroupRowHasOneCellPerColumnWithNumbersAndNullsForNoData() {
    OutcomeQuery q = new OutcomeQuery(null, null, null, null, null, null, 2026, GroupBy.COURSE, 10);
    OutcomeReport report =
        OutcomeReports.group(q, new OutcomeRows.Rows(OutcomeFiguresTest.four(), List.of()));
    Table table = OutcomeTables.of(report, Messages.INDONESIAN).get(0);
    assertEquals("Hasil pelatihan", table.name());
    List<List<Object>> rows = new ArrayList<>();
    table.rows(rows::add);
    assertEquals(2, rows.size(), "the course and the total");
    List<Object> course = rows.get(0);
    assertEquals(table.columns().size(), course.size());
    assertEquals("Kursus k", course.get(0));
    assertInstanceOf(Number.class, course.get(1));
    int p = table.columns().indexOf("p");
    assertNull(course.get(p), "four pairs are fewer than ten: no p, an empty cell");
    int previous = table.columns().indexOf("JP tahun lalu");
    assertNull(course.get(previous), "nothing last year");
    assertEquals("Semua", rows.get(1).get(0), "the total row is named in the reader's language");
    Table english = OutcomeTables.of(report, Locale.ENGLISH).get(1);
    assertEquals(List.of("Group", "Aspect", "Scale", "n", "Mean"), english.columns());
  }
}
