package org.latih.evaluation.attendance.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a session is held. The codes are stored as they are because the regional plugins group
 * attendance by exactly these strings.
 */
public enum DeliveryMode {
  CLASSROOM("classroom"),
  WORKSHOP("workshop"),
  WEBINAR("webinar"),
  E_LEARNING("e-learning");

  private final String code;

  DeliveryMode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The mode for a code such as {@code "webinar"}, ignoring case and surrounding blanks. */
  public static Optional<DeliveryMode> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst();
  }
}
