package org.latih.assessment.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.assessment.analysis.api.CohortGain;
import org.latih.assessment.analysis.api.GainBand;
import org.latih.assessment.analysis.api.LearningGain;
import org.latih.assessment.attempt.control.Results;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseCatalog;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.security.control.Caller;

/**
 * Learning gain between a course's pre-test and post-test, on the percentage scale (max 100). Each
 * test's result is the learner's result by its grading method. Only matched pairs (both tests
 * graded) enter the cohort figures; the others are listed so an evaluator sees who is missing.
 */
@ApplicationScoped
@Transactional
public class Gains {

  private static final double MAX = 100;

  @PersistenceContext EntityManager em;
  @Inject CourseCatalog courses;
  @Inject Quizzes quizzes;
  @Inject Results results;

  public record LearnerGain(
      String nip,
      String name,
      String cohort,
      Double pre,
      Double post,
      Double raw,
      Double normalized,
      GainBand band) {}

  /**
   * @param minSample the fewest matched pairs that carry a t-test and an effect size ({@code
   *     latih.report.min-sample}); with fewer, {@code cohort} has neither and {@code smallSample}
   *     tells the page to say so
   */
  public record Report(
      String course,
      Long cohortId,
      int learners,
      List<LearnerGain> rows,
      CohortGain cohort,
      int minSample,
      boolean smallSample) {}

  @Inject
  @ConfigProperty(name = "latih.report.min-sample", defaultValue = "10")
  int minSample;

  /**
   * Every learner of the course (or of one cohort) the caller may see, with the cohort figures: a
   * constant few statements however many learners there are (the enrolments as rows, then every
   * submitted attempt at the two tests in one read).
   */
  public Report ofCourse(Caller caller, String code, Long cohortId) {
    Course course = courses.visible(caller, code);
    ResultsAccess.ensureViewer(caller, course);
    Quiz pre = test(course, QuizKind.PRE_TEST);
    Quiz post = test(course, QuizKind.POST_TEST);
    if (pre == null && post == null) {
      throw new NoPrePostTestsException(course.code());
    }
    if (ResultsAccess.seesNoOne(caller)) {
      return new Report(code, cohortId, 0, List.of(), null, minSample, false);
    }
    List<Results.Submitted> attempts =
        results.submitted(
            Stream.of(pre, post).filter(Objects::nonNull).map(Quiz::id).toList(),
            caller.systemAdmin() ? null : caller.region().id());
    Map<Long, Double> before = resultsOf(pre, attempts);
    Map<Long, Double> after = resultsOf(post, attempts);
    List<LearnerGain> rows = new ArrayList<>();
    List<LearningGain> pairs = new ArrayList<>();
    for (Object[] l : learners(caller, course, cohortId)) {
      Long userId = (Long) l[0];
      LearnerGain row =
          row((String) l[1], (String) l[2], (String) l[3], before.get(userId), after.get(userId));
      rows.add(row);
      if (row.pre() != null && row.post() != null) {
        pairs.add(new LearningGain(row.pre(), row.post(), MAX));
      }
    }
    CohortGain cohort =
        pairs.isEmpty() ? null : CohortGain.of(pairs).withoutInferenceBelow(minSample);
    return new Report(
        code,
        cohortId,
        rows.size(),
        rows,
        cohort,
        minSample,
        cohort != null && cohort.n() < minSample);
  }

  /** The caller's own pre- and post-test results and gain in a course. */
  public LearnerGain mine(Caller caller, String code) {
    Course course = courses.visible(caller, code);
    User me = em.find(User.class, caller.userId());
    return row(
        me.username(),
        me.name(),
        null,
        percent(me, test(course, QuizKind.PRE_TEST)),
        percent(me, test(course, QuizKind.POST_TEST)));
  }

  private static LearnerGain row(
      String nip, String name, String cohort, Double before, Double after) {
    LearningGain gain =
        before == null || after == null ? null : new LearningGain(before, after, MAX);
    return new LearnerGain(
        nip,
        name,
        cohort,
        before,
        after,
        gain == null ? null : gain.raw(),
        gain == null ? null : gain.normalized(),
        gain == null ? null : gain.band());
  }

  private Double percent(User user, Quiz quiz) {
    if (quiz == null) {
      return null;
    }
    OptionalDouble p = results.percent(user.id(), quiz);
    return p.isPresent() ? clamp(p.getAsDouble()) : null;
  }

  /** Every learner's result in the test, as {@link #percent} gives it one learner at a time. */
  private static Map<Long, Double> resultsOf(Quiz quiz, List<Results.Submitted> attempts) {
    if (quiz == null) {
      return Map.of();
    }
    Map<Long, Double> each =
        Results.byLearner(
            quiz.gradingMethod(),
            attempts.stream().filter(a -> a.quizId().equals(quiz.id())).toList());
    each.replaceAll((userId, percent) -> clamp(percent));
    return each;
  }

  private static double clamp(double percent) {
    return Math.max(0, Math.min(MAX, percent));
  }

  /** The course's test of that kind, or null: a course may have only one of the two. */
  private Quiz test(Course course, QuizKind kind) {
    return quizzes.ofKind(course, kind).orElse(null);
  }

  /**
   * The course's learners the caller may see (their region's, or everyone's for a system admin), as
   * rows of user id, NIP, name and cohort, ordered by name.
   */
  private List<Object[]> learners(Caller caller, Course course, Long cohortId) {
    String jpql =
        "SELECT u.id, u.username, u.name, co.name FROM Enrolment e JOIN e.user u"
            + " LEFT JOIN e.cohort co WHERE e.course.id = :courseId"
            + (cohortId == null ? "" : " AND co.id = :cohortId")
            + (caller.systemAdmin() ? "" : " AND u.region.id = :region")
            + " ORDER BY u.name, e.id";
    var query = em.createQuery(jpql, Object[].class).setParameter("courseId", course.id());
    if (cohortId != null) {
      query.setParameter("cohortId", cohortId);
    }
    if (!caller.systemAdmin()) {
      query.setParameter("region", caller.region().id());
    }
    return query.getResultList();
  }
}
