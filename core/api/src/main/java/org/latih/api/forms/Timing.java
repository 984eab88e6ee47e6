package org.latih.api.forms;

/**
 * When a form is handed out; {@code daysAfter} counts only for {@link TimingKind#AFTER_COMPLETION}
 * and must be 0 otherwise.
 *
 * @since 0.1
 */
public record Timing(TimingKind kind, int daysAfter) {

  public Timing {
    if (kind == null) {
      throw new IllegalArgumentException("timing kind must be given");
    }
    if (kind == TimingKind.AFTER_COMPLETION && (daysAfter < 1 || daysAfter > 730)) {
      throw new IllegalArgumentException(
          "AFTER_COMPLETION needs daysAfter between 1 and 730, not " + daysAfter);
    }
    if (kind != TimingKind.AFTER_COMPLETION && daysAfter != 0) {
      throw new IllegalArgumentException(
          "daysAfter only counts for AFTER_COMPLETION; use 0 with " + kind);
    }
  }

  public static Timing courseEnd() {
    return new Timing(TimingKind.COURSE_END, 0);
  }

  public static Timing perSession() {
    return new Timing(TimingKind.PER_SESSION, 0);
  }

  public static Timing daysAfterCompletion(int days) {
    return new Timing(TimingKind.AFTER_COMPLETION, days);
  }
}
