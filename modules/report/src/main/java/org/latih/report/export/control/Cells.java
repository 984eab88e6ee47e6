package org.latih.report.export.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.latih.kernel.csv.CsvDialect;

/** A {@link org.latih.report.export.api.Table} cell as text, for the writers that write text. */
final class Cells {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Cells() {}

  /** Whether the cell is a whole number (written without decimals). */
  static boolean whole(Number n) {
    return n instanceof Long
        || n instanceof Integer
        || n instanceof Short
        || n instanceof Byte
        || n instanceof BigInteger;
  }

  /**
   * The cell as a spreadsheet in {@code dialect} reads it: numbers with the dialect's decimal mark
   * and no more decimals than they have (up to four), dates as ISO dates, null as nothing.
   */
  static String text(Object cell, CsvDialect dialect) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number n) {
      String plain = plain(n);
      return dialect == CsvDialect.SEMICOLON ? plain.replace('.', ',') : plain;
    }
    if (cell instanceof LocalDateTime t) {
      return DATE_TIME.format(t);
    }
    return cell.toString();
  }

  /** A number in plain digits with a dot: "85.25", "120", never "1.2E5". */
  static String plain(Number n) {
    if (whole(n)) {
      return n.toString();
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    BigDecimal value =
        n instanceof BigDecimal b
            ? b
            : BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP);
    value = value.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }

  /** Dates for a reader: ISO (2025-03-01), which every spreadsheet reads as a date. */
  static String date(LocalDate date) {
    return date.toString();
  }
}
