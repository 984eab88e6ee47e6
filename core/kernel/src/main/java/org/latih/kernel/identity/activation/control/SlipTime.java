package org.latih.kernel.identity.activation.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * When a code stops working, as printed on a slip, in a CSV cell or in a mail: a date and time in
 * Western Indonesian Time, said as such, since a slip has no time zone of its own. Earlier than the
 * same moment read in WITA or WIT, so nobody is told a code works when it no longer does.
 */
public final class SlipTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'").withZone(ZoneId.of("Asia/Jakarta"));

  private SlipTime() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
