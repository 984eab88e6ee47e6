package org.latih.report.outcome.control;

import java.util.List;

/**
 * An outcome report: the figures of everything in scope and of each group, each beside the previous
 * year's where a single year is reported.
 */
public record OutcomeReport(Group total, List<Group> groups) {

  /**
   * One group: its key (a course code, cohort id, unit kerja …; null for the rows without one, such
   * as self-paced learners when grouped by cohort), the name shown, this year's figures, last
   * year's (null when not compared or nothing then) and the change.
   */
  public record Group(String key, String label, Figures figures, Figures previous, Delta delta) {}

  /** This year minus last year; each null when either year lacks the figure. */
  public record Delta(
      Integer enrolled,
      Double completionRate,
      Double attendanceRate,
      Double preMean,
      Double postMean,
      Double classGain,
      Double passRate,
      Long jp) {

    static Delta of(Figures now, Figures then) {
      if (then == null) {
        return null;
      }
      return new Delta(
          now.enrolled() - then.enrolled(),
          minus(now.completionRate(), then.completionRate()),
          minus(now.attendanceRate(), then.attendanceRate()),
          minus(now.pre().mean(), then.pre().mean()),
          minus(now.post().mean(), then.post().mean()),
          minus(
              now.gain() == null ? null : now.gain().classGain(),
              then.gain() == null ? null : then.gain().classGain()),
          minus(
              now.pass() == null ? null : now.pass().rate(),
              then.pass() == null ? null : then.pass().rate()),
          now.jp() - then.jp());
    }

    private static Double minus(Double a, Double b) {
      return a == null || b == null ? null : a - b;
    }
  }
}
