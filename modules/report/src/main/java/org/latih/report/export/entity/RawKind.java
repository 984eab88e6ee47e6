package org.latih.report.export.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.latih.kernel.rest.InvalidInputException;

/** What a raw learner-level export holds: one row per attempt, answer score, attendance, answer. */
public enum RawKind {
  ATTEMPTS,
  ANSWERS,
  ATTENDANCE,
  EVALUATION;

  /** The kind named {@code name} (any case), else a 400 naming the kinds. */
  public static RawKind of(String name) {
    String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "kind",
                    "report.export.kind",
                    name == null ? "" : name,
                    Arrays.stream(values()).map(RawKind::slug).collect(Collectors.joining(", "))));
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }
}
