package org.latih.evaluation.attendance.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a participant was not at a session, as a BKPSDM attendance list (daftar hadir) writes it:
 * izin (excused), sakit (ill) or alpa (absent without leave).
 */
public enum Absence {
  IZIN,
  SAKIT,
  ALPA;

  /** The reason named {@code text} in any case, empty for a blank one, else empty too. */
  public static Optional<Absence> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
