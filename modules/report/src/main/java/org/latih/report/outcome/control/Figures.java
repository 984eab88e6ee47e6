package org.latih.report.outcome.control;

import java.util.List;

/**
 * The outcome figures of one group of enrolments. Every figure without data is null, never 0: a
 * group without sessions has no attendance rate, one without a post-test no pass rate.
 *
 * @param enrolled enrolments
 * @param attended enrolments in a cohort with recorded sessions where the learner was present at
 *     least once; null when no session of the group's cohorts has records
 * @param attendanceRate present of recorded attendance records
 * @param completed completed enrolments
 * @param completionRate completed of enrolled
 * @param pre the mean pre-test percent of everyone with one, and how many
 * @param post the mean post-test percent of everyone with one, and how many
 * @param gain the matched pairs' learning gain; null without a pair
 * @param pass post-test pass rate, null when nobody has a post-test result
 * @param reaction the mean answer per aspect of the participants' forms (level 1)
 * @param followUp action plans and their follow-up (level 3)
 * @param jp JP credited for the group's completions
 */
public record Figures(
    int enrolled,
    Integer attended,
    Double attendanceRate,
    int completed,
    Double completionRate,
    Mean pre,
    Mean post,
    Gain gain,
    Pass pass,
    List<Reaction> reaction,
    FollowUp followUp,
    long jp) {

  /** A mean and the number of values behind it; mean null when n is 0. */
  public record Mean(int n, Double mean) {}

  /**
   * Learning gain of the matched pairs (learners with both tests), on the percentage scale.
   *
   * @param classGain Hake's class gain from the mean pre and post of the pairs
   * @param meanGain the mean of the individual gains g = (post − pre) / (100 − pre)
   * @param low learners with g < 0.3 (a loss included)
   * @param medium 0.3 <= g < 0.7
   * @param high g >= 0.7
   * @param undefined learners with 100 on the pre-test, whose g is undefined
   * @param p two-tailed p of the paired t-test; null below the minimum sample
   * @param effectSize Cohen's d_z of the change; null below the minimum sample
   * @param warning why p and the effect size are withheld, in both languages; null otherwise
   */
  public record Gain(
      int pairs,
      double meanPre,
      double meanPost,
      Double classGain,
      Double meanGain,
      int low,
      int medium,
      int high,
      int undefined,
      Double t,
      Integer df,
      Double p,
      Double effectSize,
      Warning warning) {}

  /** A plain statement for the reader, in Bahasa Indonesia and English. */
  public record Warning(String id, String en) {}

  /** Post-test results against the test's pass mark. */
  public record Pass(int taken, int passed, double rate) {}

  /** The mean answer of one aspect on its scale, over n answers. */
  public record Reaction(String aspect, int scaleMin, int scaleMax, int n, double mean) {}

  /**
   * Action plans written by the group's learners for its courses, how many the supervisor followed
   * up, the followed-up actions' outcomes and the mean overall score (null without one).
   */
  public record FollowUp(
      int plans, int followedUp, int terlaksana, int sebagian, int belum, Double meanScore) {}
}
