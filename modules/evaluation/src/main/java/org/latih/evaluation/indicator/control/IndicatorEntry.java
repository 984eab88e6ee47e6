package org.latih.evaluation.indicator.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.latih.evaluation.indicator.entity.Period;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/**
 * One indicator value as given by an admin, checked: every wrong field is reported at once, with
 * the field's name, so a form or a CSV line can say what to fix.
 */
public record IndicatorEntry(
    String unitKerja, String indicator, Period period, double value, String note) {

  public static final int MAX_INDICATOR = 60;
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Checks and cleans the fields; throws {@link InvalidInputException} naming every bad one. */
  public static IndicatorEntry of(
      String unitKerja, String indicator, String period, Double value, String note) {
    List<FieldProblem> problems = new ArrayList<>();
    String unit = unitKerja == null ? "" : unitKerja.strip().replaceAll("\\s+", " ");
    if (unit.isEmpty()) {
      problems.add(new FieldProblem("unitKerja", "indicator.unitRequired"));
    } else if (unit.length() > 200) {
      problems.add(new FieldProblem("unitKerja", "indicator.tooLong", 200));
    }
    String code = indicator == null ? "" : indicator.strip().toLowerCase(Locale.ROOT);
    if (code.isEmpty()) {
      problems.add(new FieldProblem("indicator", "indicator.nameRequired"));
    } else if (code.length() > MAX_INDICATOR || !KEBAB.matcher(code).matches()) {
      problems.add(
          new FieldProblem("indicator", "indicator.name", code, String.valueOf(MAX_INDICATOR)));
    }
    Period parsed = null;
    try {
      parsed = Period.parse(period);
    } catch (Period.InvalidPeriodException e) {
      problems.add(
          new FieldProblem(
              "period",
              e.yearOutOfRange() ? "indicator.periodYear" : "indicator.period",
              period == null ? "" : period,
              String.valueOf(Period.FIRST_YEAR),
              String.valueOf(Period.LAST_YEAR)));
    }
    if (value == null || value.isNaN() || value.isInfinite()) {
      problems.add(new FieldProblem("value", "indicator.value"));
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > 1000) {
      problems.add(new FieldProblem("note", "indicator.tooLong", 1000));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new IndicatorEntry(unit, code, parsed, value, text);
  }

  /**
   * A number as people here write it: {@code 87,5} or {@code 87.5}; with both marks the last one is
   * the decimal mark ({@code 1.234,5}, {@code 1,234.5}). Null when it is not a number.
   */
  public static Double number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip().replace(" ", "");
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    } else if (comma >= 0) {
      s = s.replace(',', '.');
    }
    if (!s.matches("[+-]?\\d+(?:\\.\\d+)?")) {
      return null;
    }
    return Double.valueOf(s);
  }
}
