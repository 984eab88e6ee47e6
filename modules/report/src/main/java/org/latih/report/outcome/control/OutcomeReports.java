package org.latih.report.outcome.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds an outcome report: reads the rows once, then groups them for this year and the last. */
@ApplicationScoped
public class OutcomeReports {

  @Inject OutcomeRows rows;

  public OutcomeReport build(OutcomeQuery q) {
    return group(q, rows.read(q));
  }

  /** Groups rows already read; pure, so the figures can be checked without a database. */
  public static OutcomeReport group(OutcomeQuery q, OutcomeRows.Rows read) {
    Integer year = q.year();
    Integer before = q.compares() ? year - 1 : null;
    Bucket now = new Bucket(null, null);
    Bucket then = new Bucket(null, null);
    Map<String, Bucket> groups = new LinkedHashMap<>();
    Map<String, Bucket> earlier = new LinkedHashMap<>();
    for (LearnerRow r : read.learners()) {
      int y = r.where().year();
      if (year == null || y == year) {
        now.learners.add(r);
        bucket(groups, q.groupBy(), r.where()).learners.add(r);
      } else if (before != null && y == before) {
        then.learners.add(r);
        bucket(earlier, q.groupBy(), r.where()).learners.add(r);
      }
    }
    for (ReactionAnswer a : read.answers()) {
      int y = a.where().year();
      if (year == null || y == year) {
        now.answers.add(a);
        bucket(groups, q.groupBy(), a.where()).answers.add(a);
      } else if (before != null && y == before) {
        then.answers.add(a);
        bucket(earlier, q.groupBy(), a.where()).answers.add(a);
      }
    }
    List<OutcomeReport.Group> list = new ArrayList<>();
    groups.values().stream()
        .sorted(
            Comparator.comparing(
                (Bucket b) -> b.label, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
        .forEach(b -> list.add(b.group(q, earlier.get(b.key))));
    return new OutcomeReport(now.group(q, before == null ? null : then), list);
  }

  private static Bucket bucket(Map<String, Bucket> buckets, GroupBy by, Dimensions d) {
    String key = by.key(d);
    return buckets.computeIfAbsent(key, k -> new Bucket(k, by.label(d)));
  }

  /** The rows of one group in one year. */
  private static final class Bucket {
    final String key;
    final String label;
    final List<LearnerRow> learners = new ArrayList<>();
    final List<ReactionAnswer> answers = new ArrayList<>();

    Bucket(String key, String label) {
      this.key = key;
      this.label = label;
    }

    Figures figures(OutcomeQuery q) {
      return OutcomeFigures.of(learners, answers, q.minSample());
    }

    OutcomeReport.Group group(OutcomeQuery q, Bucket previous) {
      Figures figures = figures(q);
      boolean compared =
          previous != null && !(previous.learners.isEmpty() && previous.answers.isEmpty());
      Figures before = compared ? previous.figures(q) : null;
      return new OutcomeReport.Group(
          key, label, figures, before, OutcomeReport.Delta.of(figures, before));
    }

    @Override
    public String toString() {
      return Objects.toString(label);
    }
  }
}
