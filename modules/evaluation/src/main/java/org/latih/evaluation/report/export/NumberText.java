package org.latih.evaluation.report.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Report cells are text, written by plugins the Indonesian way ("1.234,5", "85,2%"). A spreadsheet
 * wants numbers it can sum, so this reads such text back as a number; anything else stays text.
 */
final class NumberText {

  /** A number and whether it was written as a percentage (then {@code value} is the fraction). */
  record Parsed(double value, boolean percent, boolean fraction) {}

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  // dots group thousands in threes, a comma starts the decimals
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern COMMA = Pattern.compile("-?\\d+(,\\d+)?");
  // a plugin may also have written a plain Java number
  private static final Pattern DOT = Pattern.compile("-?\\d+\\.\\d+");

  private NumberText() {}

  /**
   * The number {@code text} shows, if it is one. "1.234" reads as one thousand two hundred and
   * thirty-four, as an Indonesian reader would. Digit strings with a leading zero or more than 15
   * digits (NIP, telephone numbers, codes) stay text: a number would lose their zeros or digits.
   */
  static Optional<Parsed> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().replace('\u2212', '-');
    boolean percent = s.endsWith("%");
    if (percent) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    String digits = s.startsWith("-") ? s.substring(1) : s;
    if (digits.isEmpty()
        || digits.replaceAll("\\D", "").length() > 15
        || (digits.length() > 1
            && digits.charAt(0) == '0'
            && Character.isDigit(digits.charAt(1)))) {
      return Optional.empty();
    }
    String plain;
    if (GROUPED.matcher(s).matches() || COMMA.matcher(s).matches()) {
      plain = s.replace(".", "").replace(',', '.');
    } else if (DOT.matcher(s).matches()) {
      plain = s;
    } else {
      return Optional.empty();
    }
    double value = Double.parseDouble(plain);
    boolean fraction = plain.contains(".");
    return Optional.of(new Parsed(percent ? value / 100 : value, percent, fraction));
  }

  /**
   * Whether {@code text} says "no data": nothing, or the dash plugins write for a missing figure. A
   * spreadsheet gets an empty cell for it, not a dash in a column of numbers.
   */
  static boolean noData(String text) {
    if (text == null) {
      return true;
    }
    String s = text.strip();
    return s.isEmpty() || s.equals("–") || s.equals("—") || s.equals("-") || s.equals("\u2212");
  }

  /** A chart value as an Indonesian reader writes it: 1.234,5; no decimals when whole. */
  static String format(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return "";
    }
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(INDONESIAN));
    return format.format(value);
  }
}
