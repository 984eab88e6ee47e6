package org.latih.report.outcome.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.latih.assessment.analysis.api.LearningGain;

/**
 * The learners behind an outcome report's figures (the dashboard's drill-down into a cohort or
 * course): the report's rows of the year plus one statement for the names.
 */
@ApplicationScoped
@Transactional
public class OutcomeLearners {

  @PersistenceContext EntityManager em;
  @Inject OutcomeRows rows;

  /** One enrolment as a person reads it; g is null without both tests or with 100 before. */
  public record Learner(
      long userId,
      String name,
      String nip,
      String unitKerja,
      String course,
      String cohort,
      boolean completed,
      Double pre,
      Double post,
      Double gain,
      Integer attendedSessions,
      Integer recordedSessions,
      Integer jp) {}

  public List<Learner> of(OutcomeQuery q) {
    List<LearnerRow> found =
        rows.read(q).learners().stream()
            .filter(r -> q.year() == null || r.where().year() == q.year())
            .toList();
    if (found.isEmpty()) {
      return List.of();
    }
    Set<Long> ids = found.stream().map(LearnerRow::userId).collect(Collectors.toSet());
    Map<Long, String[]> people = new HashMap<>();
    em.createQuery(
            "SELECT u.id, u.name, u.nip.value FROM User u WHERE u.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(r -> people.put((Long) r[0], new String[] {(String) r[1], (String) r[2]}));
    List<Learner> learners = new ArrayList<>();
    for (LearnerRow r : found) {
      String[] person = people.getOrDefault(r.userId(), new String[2]);
      Double g =
          r.pre() == null || r.post() == null
              ? null
              : new LearningGain(clamp(r.pre()), clamp(r.post()), OutcomeFigures.MAX).normalized();
      learners.add(
          new Learner(
              r.userId(),
              person[0],
              person[1],
              r.where().unitKerja(),
              r.where().courseTitle(),
              r.where().cohortName(),
              r.completed(),
              r.pre(),
              r.post(),
              g,
              r.recorded() == 0 ? null : r.present(),
              r.recorded() == 0 ? null : r.recorded(),
              r.jp()));
    }
    learners.sort(
        Comparator.comparing(Learner::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Learner::course, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
    return learners;
  }

  private static double clamp(double percent) {
    return Math.max(0, Math.min(OutcomeFigures.MAX, percent));
  }
}
