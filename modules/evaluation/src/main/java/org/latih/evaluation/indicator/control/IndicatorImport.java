package org.latih.evaluation.indicator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latih.kernel.identity.user.control.Csv;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * Many indicator values from a CSV (columns unit_kerja, indicator, period, value and optionally
 * note; comma or semicolon separated, decimal comma accepted). All or nothing: when any line is
 * wrong nothing is stored, and every wrong field is named with its line.
 */
@ApplicationScoped
public class IndicatorImport {

  public static final int MAX_ROWS = 5000;

  private static final Map<String, String> COLUMNS =
      Map.of(
          "unit_kerja", "unitKerja",
          "unitkerja", "unitKerja",
          "unit kerja", "unitKerja",
          "indicator", "indicator",
          "indikator", "indicator",
          "period", "period",
          "periode", "period",
          "value", "value",
          "nilai", "value",
          "note", "note");

  @Inject Indicators indicators;

  public int run(Caller caller, String csv) {
    List<Csv.Row> rows = Csv.parse(csv);
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "csv.empty");
    }
    List<String> header = new ArrayList<>();
    for (String cell : rows.get(0).cells()) {
      String name = cell.strip().toLowerCase(Locale.ROOT);
      header.add(COLUMNS.getOrDefault(name, "catatan".equals(name) ? "note" : null));
    }
    for (String required : List.of("unitKerja", "indicator", "period", "value")) {
      if (!header.contains(required)) {
        throw new InvalidInputException("file", "indicator.csvColumns");
      }
    }
    List<Csv.Row> data = rows.subList(1, rows.size()).stream().filter(r -> !r.blank()).toList();
    if (data.isEmpty()) {
      throw new InvalidInputException("file", "csv.noRows");
    }
    if (data.size() > MAX_ROWS) {
      throw new InvalidInputException("file", "csv.tooManyRows", data.size(), MAX_ROWS);
    }
    List<IndicatorEntry> entries = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (Csv.Row row : data) {
      String valueText = cell(row, header, "value");
      Double value = IndicatorEntry.number(valueText);
      try {
        entries.add(
            IndicatorEntry.of(
                cell(row, header, "unitKerja"),
                cell(row, header, "indicator"),
                cell(row, header, "period"),
                value,
                cell(row, header, "note")));
      } catch (InvalidInputException e) {
        for (FieldProblem p : e.fieldProblems()) {
          problems.add(
              new FieldProblem("lines[" + row.line() + "]." + p.field(), p.messageKey(), p.args()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return indicators.recordAll(caller, entries);
  }

  private static String cell(Csv.Row row, List<String> header, String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= row.cells().size() ? null : row.cells().get(i);
  }
}
