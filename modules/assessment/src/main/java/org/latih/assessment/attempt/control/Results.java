package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptState;
import org.latih.assessment.quiz.entity.GradingMethod;
import org.latih.assessment.quiz.entity.Quiz;

/**
 * A learner's result in a quiz: their graded attempts combined by the quiz's grading method. An
 * attempt with an ungraded essay does not count until it is graded.
 */
@ApplicationScoped
@Transactional
public class Results {

  @PersistenceContext EntityManager em;

  public List<Attempt> submitted(Long userId, Quiz quiz) {
    return em
        .createNamedQuery(Attempt.OF_USER_AND_QUIZ, Attempt.class)
        .setParameter("userId", userId)
        .setParameter("quizId", quiz.id())
        .getResultList()
        .stream()
        .filter(a -> a.state() == AttemptState.SUBMITTED)
        .toList();
  }

  /** Whether the learner has submitted at least one attempt (graded or not). */
  public boolean taken(Long userId, Quiz quiz) {
    return !submitted(userId, quiz).isEmpty();
  }

  public OptionalDouble percent(Long userId, Quiz quiz) {
    return percent(quiz, submitted(userId, quiz));
  }

  public static OptionalDouble percent(Quiz quiz, List<Attempt> submitted) {
    List<Double> graded = submitted.stream().map(Attempt::percent).filter(p -> p != null).toList();
    return quiz.gradingMethod().pick(graded);
  }

  /** A submitted attempt as a row: whose, at which quiz, and its percent (null until graded). */
  public record Submitted(Long quizId, Long userId, Double percent) {}

  /**
   * The submitted attempts at these quizzes by learners of one region (of any region when {@code
   * regionId} is null), each learner's in the order they were made: one statement, however many
   * learners and attempts there are.
   */
  public List<Submitted> submitted(Collection<Long> quizIds, Long regionId) {
    if (quizIds.isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
                "SELECT a.quizId, a.userId, a.state, a.needsGrading, a.points, a.maxPoints"
                    + " FROM Attempt a WHERE a.quizId IN :quizzes AND a.state = :submitted"
                    // a semi-join, not a join: joined, H2 reads the region's users first and then
                    // walks the (user, quiz) index once per quiz id in the list, a billion index
                    // rows for a region of 10,000 ASN (minutes); this way it reads the quizzes'
                    // attempts once and checks each learner's region (about a second)
                    + (regionId == null
                        ? ""
                        : " AND a.userId IN (SELECT u.id FROM User u WHERE u.region.id = :region)")
                    + " ORDER BY a.quizId, a.userId, a.number",
                Object[].class)
            .setParameter("quizzes", quizIds)
            .setParameter("submitted", AttemptState.SUBMITTED);
    if (regionId != null) {
      query.setParameter("region", regionId);
    }
    return query
        .getResultStream()
        .map(
            r ->
                new Submitted(
                    (Long) r[0],
                    (Long) r[1],
                    Attempt.percent(
                        (AttemptState) r[2],
                        (Boolean) r[3],
                        (Double) r[4],
                        ((Number) r[5]).doubleValue())))
        .toList();
  }

  /**
   * Each learner's result from their submitted attempts at one quiz, as {@link #percent(Long,
   * Quiz)} gives it one learner at a time; learners without a graded attempt are left out.
   */
  public static Map<Long, Double> byLearner(GradingMethod method, List<Submitted> attempts) {
    Map<Long, List<Double>> graded = new LinkedHashMap<>();
    for (Submitted a : attempts) {
      List<Double> mine = graded.computeIfAbsent(a.userId(), id -> new ArrayList<>());
      if (a.percent() != null) {
        mine.add(a.percent());
      }
    }
    Map<Long, Double> results = new LinkedHashMap<>();
    graded.forEach(
        (userId, percents) -> {
          OptionalDouble result = method.pick(percents);
          if (result.isPresent()) {
            results.put(userId, result.getAsDouble());
          }
        });
    return results;
  }

  public boolean passed(Long userId, Quiz quiz) {
    OptionalDouble percent = percent(userId, quiz);
    return percent.isPresent() && quiz.passes(percent.getAsDouble());
  }
}
