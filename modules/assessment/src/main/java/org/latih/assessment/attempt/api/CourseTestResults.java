package org.latih.assessment.attempt.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.latih.assessment.attempt.control.Results;
import org.latih.assessment.quiz.entity.GradingMethod;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizKind;

/**
 * A learner's pre- and post-test results in a course, for other modules (the evaluation module's
 * outcome reports): the percent of their graded attempts combined by the test's grading method,
 * empty when the course has no such test or nothing of theirs is graded yet.
 */
@ApplicationScoped
@Transactional
public class CourseTestResults {

  @PersistenceContext EntityManager em;
  @Inject Results results;

  public OptionalDouble preTest(Long userId, Long courseId) {
    return percent(userId, courseId, QuizKind.PRE_TEST);
  }

  public OptionalDouble postTest(Long userId, Long courseId) {
    return percent(userId, courseId, QuizKind.POST_TEST);
  }

  private OptionalDouble percent(Long userId, Long courseId, QuizKind kind) {
    List<Quiz> tests =
        em.createNamedQuery(Quiz.OF_COURSE_AND_KIND, Quiz.class)
            .setParameter("courseId", courseId)
            .setParameter("kind", kind)
            .getResultList();
    return tests.isEmpty() ? OptionalDouble.empty() : results.percent(userId, tests.get(0));
  }

  /** One learner's results in one course, as {@link #preTest} and {@link #postTest} give them. */
  public record LearnerResults(Long userId, Long courseId, Double pre, Double post) {}

  /**
   * {@link #preTest} and {@link #postTest} of every learner of one region in these courses, in two
   * statements however many learners and attempts there are; learners with neither result are left
   * out.
   */
  public List<LearnerResults> ofRegion(Long regionId, Collection<Long> courseIds) {
    if (courseIds.isEmpty()) {
      return List.of();
    }
    // a course's first test of a kind, by id, is the one preTest and postTest read
    Map<Long, Test> tests = new LinkedHashMap<>();
    Set<Test> seen = new HashSet<>();
    em.createQuery(
            "SELECT q.id, q.course.id, q.kind, q.gradingMethod FROM Quiz q"
                + " WHERE q.course.id IN :courses AND q.kind IN :kinds ORDER BY q.id",
            Object[].class)
        .setParameter("courses", courseIds)
        .setParameter("kinds", List.of(QuizKind.PRE_TEST, QuizKind.POST_TEST))
        .getResultStream()
        .forEach(
            q -> {
              Test test = new Test((Long) q[1], (QuizKind) q[2], (GradingMethod) q[3]);
              if (seen.add(test.slot())) {
                tests.put((Long) q[0], test);
              }
            });
    Map<Long, List<Results.Submitted>> attempts = new HashMap<>();
    for (Results.Submitted a : results.submitted(tests.keySet(), regionId)) {
      attempts.computeIfAbsent(a.quizId(), id -> new ArrayList<>()).add(a);
    }
    Map<Learner, Double> pre = new LinkedHashMap<>();
    Map<Learner, Double> post = new LinkedHashMap<>();
    tests.forEach(
        (quizId, test) ->
            Results.byLearner(test.method(), attempts.getOrDefault(quizId, List.of()))
                .forEach(
                    (userId, percent) ->
                        (test.kind() == QuizKind.PRE_TEST ? pre : post)
                            .put(new Learner(userId, test.courseId()), percent)));
    Set<Learner> learners = new LinkedHashSet<>(pre.keySet());
    learners.addAll(post.keySet());
    return learners.stream()
        .map(l -> new LearnerResults(l.userId(), l.courseId(), pre.get(l), post.get(l)))
        .toList();
  }

  /** A course's test of one kind and how its attempts combine. */
  private record Test(Long courseId, QuizKind kind, GradingMethod method) {
    Test slot() {
      return new Test(courseId, kind, null);
    }
  }

  private record Learner(Long userId, Long courseId) {}
}
