package org.latih.report.outcome.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.latih.assessment.analysis.api.CohortGain;
import org.latih.assessment.analysis.api.GainBand;
import org.latih.assessment.analysis.api.LearningGain;
import org.latih.kernel.i18n.Messages;

/**
 * Sums a group's rows up into its {@link Figures}. The gain statistics are the assessment module's
 * ({@link CohortGain}, the same figures as a course's gain page); below {@code minSample} matched
 * pairs the p-value and the effect size are withheld with a warning, as a handful of learners says
 * nothing reliable about chance or size.
 */
public final class OutcomeFigures {

  /** Test results are percents. */
  static final double MAX = 100;

  private OutcomeFigures() {}

  public static Figures of(List<LearnerRow> rows, List<ReactionAnswer> answers, int minSample) {
    int enrolled = rows.size();
    int completed = (int) rows.stream().filter(LearnerRow::completed).count();
    List<LearnerRow> withSessions = rows.stream().filter(r -> r.recorded() > 0).toList();
    long recorded = withSessions.stream().mapToLong(LearnerRow::recorded).sum();
    long present = withSessions.stream().mapToLong(LearnerRow::present).sum();
    return new Figures(
        enrolled,
        withSessions.isEmpty()
            ? null
            : (int) withSessions.stream().filter(r -> r.present() > 0).count(),
        recorded == 0 ? null : (double) present / recorded,
        completed,
        enrolled == 0 ? null : (double) completed / enrolled,
        mean(rows.stream().map(LearnerRow::pre).filter(Objects::nonNull).toList()),
        mean(rows.stream().map(LearnerRow::post).filter(Objects::nonNull).toList()),
        gain(rows, minSample),
        pass(rows),
        reaction(answers),
        followUp(rows),
        rows.stream()
            .map(LearnerRow::jp)
            .filter(Objects::nonNull)
            .mapToLong(Integer::longValue)
            .sum());
  }

  static Figures.Mean mean(List<Double> values) {
    return new Figures.Mean(
        values.size(),
        values.isEmpty()
            ? null
            : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
  }

  /** The matched pairs' gain, or null when no learner has both tests. */
  static Figures.Gain gain(List<LearnerRow> rows, int minSample) {
    List<LearningGain> pairs = new ArrayList<>();
    for (LearnerRow r : rows) {
      if (r.pre() != null && r.post() != null) {
        pairs.add(new LearningGain(clamp(r.pre()), clamp(r.post()), MAX));
      }
    }
    if (pairs.isEmpty()) {
      return null;
    }
    CohortGain g = CohortGain.of(pairs);
    boolean small = g.n() < minSample;
    return new Figures.Gain(
        g.n(),
        g.meanPre(),
        g.meanPost(),
        g.classNormalizedGain(),
        g.meanIndividualGain(),
        g.bandCounts().get(GainBand.LOW),
        g.bandCounts().get(GainBand.MEDIUM),
        g.bandCounts().get(GainBand.HIGH),
        g.undefinedGains(),
        g.pairedT(),
        g.degreesOfFreedom(),
        small ? null : g.pValueTwoTailed(),
        small ? null : g.effectSize(),
        small ? smallSample(g.n(), minSample) : null);
  }

  /** Why no p-value or effect size is given for {@code n} pairs. */
  static Figures.Warning smallSample(int n, int minSample) {
    return new Figures.Warning(
        Messages.text(Messages.INDONESIAN, "report.smallSample", n, minSample),
        Messages.text(Messages.ENGLISH, "report.smallSample", n, minSample));
  }

  private static double clamp(double percent) {
    return Math.max(0, Math.min(MAX, percent));
  }

  static Figures.Pass pass(List<LearnerRow> rows) {
    List<LearnerRow> taken =
        rows.stream().filter(r -> r.post() != null && r.passPercent() != null).toList();
    if (taken.isEmpty()) {
      return null;
    }
    int passed = (int) taken.stream().filter(r -> r.post() >= r.passPercent()).count();
    return new Figures.Pass(taken.size(), passed, (double) passed / taken.size());
  }

  /** The mean per aspect and scale, aspects by name. */
  static List<Figures.Reaction> reaction(List<ReactionAnswer> answers) {
    record Key(String aspect, int min, int max) {}
    Map<Key, double[]> sums =
        new TreeMap<>(
            (a, b) ->
                a.aspect().equalsIgnoreCase(b.aspect())
                    ? a.min() != b.min() ? a.min() - b.min() : a.max() - b.max()
                    : a.aspect().compareToIgnoreCase(b.aspect()));
    for (ReactionAnswer a : answers) {
      double[] s =
          sums.computeIfAbsent(new Key(a.aspect(), a.scaleMin(), a.scaleMax()), k -> new double[2]);
      s[0] += a.value();
      s[1]++;
    }
    return sums.entrySet().stream()
        .map(
            e ->
                new Figures.Reaction(
                    e.getKey().aspect(),
                    e.getKey().min(),
                    e.getKey().max(),
                    (int) e.getValue()[1],
                    e.getValue()[0] / e.getValue()[1]))
        .toList();
  }

  static Figures.FollowUp followUp(List<LearnerRow> rows) {
    List<LearnerRow.Plan> plans =
        rows.stream().map(LearnerRow::plan).filter(Objects::nonNull).toList();
    List<Integer> scores =
        plans.stream().map(LearnerRow.Plan::score).filter(Objects::nonNull).toList();
    return new Figures.FollowUp(
        plans.size(),
        (int) plans.stream().filter(LearnerRow.Plan::followedUp).count(),
        plans.stream().mapToInt(LearnerRow.Plan::terlaksana).sum(),
        plans.stream().mapToInt(LearnerRow.Plan::sebagian).sum(),
        plans.stream().mapToInt(LearnerRow.Plan::belum).sum(),
        scores.isEmpty()
            ? null
            : scores.stream().mapToInt(Integer::intValue).average().orElseThrow());
  }
}
