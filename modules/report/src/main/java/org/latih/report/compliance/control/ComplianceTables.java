package org.latih.report.compliance.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.latih.kernel.i18n.Messages;
import org.latih.report.export.api.Table;

/**
 * JP compliance as tables for the export writers: per unit kerja, per month, and every person in
 * scope (streamed from the database in the report's order, not one page).
 */
public final class ComplianceTables {

  private ComplianceTables() {}

  public static List<Table> of(
      Compliance report, JpCompliance source, ComplianceQuery query, Locale locale) {
    return List.of(units(report, locale), months(report, locale), people(source, query, locale));
  }

  static Table units(Compliance report, Locale locale) {
    return table(
        locale,
        "report.table.units",
        List.of("unitKerja", "people", "reached", "below", "rate", "meanJp"),
        row ->
            report
                .units()
                .forEach(
                    u ->
                        row.accept(
                            Arrays.asList(
                                u.unitKerja(),
                                u.tally().people(),
                                u.tally().reached(),
                                u.tally().below(),
                                u.tally().rate(),
                                u.tally().meanJp()))));
  }

  static Table months(Compliance report, Locale locale) {
    return table(
        locale,
        "report.table.months",
        List.of("month", "jp", "reachedByEnd"),
        row ->
            report
                .months()
                .forEach(m -> row.accept(Arrays.asList(m.month(), m.jp(), m.reachedByEnd()))));
  }

  static Table people(JpCompliance source, ComplianceQuery query, Locale locale) {
    return table(
        locale,
        "report.table.people",
        List.of("name", "nip", "unitKerja", "jabatan", "golongan", "jp", "shortfall"),
        row ->
            source.eachPerson(
                query,
                p ->
                    row.accept(
                        Arrays.asList(
                            p.name(),
                            p.nip(),
                            p.unitKerja(),
                            p.jabatan(),
                            p.golongan(),
                            p.jp(),
                            p.shortfall()))));
  }

  private static Table table(
      Locale locale, String name, List<String> columns, Consumer<Consumer<List<Object>>> rows) {
    List<String> headings = new ArrayList<>();
    columns.forEach(c -> headings.add(Messages.text(locale, "report.column." + c)));
    return Table.of(Messages.text(locale, name), headings, rows);
  }
}
