package org.latih.evaluation.indicator.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an indicator's value is for: a year ({@code 2025}), a semester ({@code 2025-S1}), a
 * quarter ({@code 2025-Q3}) or a month ({@code 2025-07}). Labels sort in time order within a year,
 * which is how the plugins pick the latest period.
 */
public record Period(String label, int year) {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?");

  /** Reads a label, ignoring case and blanks around it; throws when it is not one of the forms. */
  public static Period parse(String text) {
    String label = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    Matcher m = FORM.matcher(label);
    if (!m.matches()) {
      throw new InvalidPeriodException(text, false);
    }
    int year = Integer.parseInt(m.group(1));
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidPeriodException(text, true);
    }
    return new Period(label, year);
  }

  /** A label that is not a period, or whose year is out of range. */
  public static final class InvalidPeriodException extends IllegalArgumentException {
    private final boolean yearOutOfRange;

    InvalidPeriodException(String text, boolean yearOutOfRange) {
      super("not a period: " + text);
      this.yearOutOfRange = yearOutOfRange;
    }

    public boolean yearOutOfRange() {
      return yearOutOfRange;
    }
  }
}
