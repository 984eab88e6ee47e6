package org.latih.assessment.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.latih.assessment.analysis.control.QuizReports.Row;
import org.latih.assessment.attempt.control.Results;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptState;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * A quiz's results, one line per learner, narrowed to the caller's region, sorted and paged by the
 * database: a page costs the same few statements however many learners took the quiz (it cost three
 * per learner when every attempt was loaded and paged in memory).
 */
@ApplicationScoped
@Transactional
public class QuizResults {

  private static final String SUBMITTED =
      " FROM Attempt a JOIN a.user u WHERE a.quiz.id = :quizId AND a.state = :submitted";

  @PersistenceContext EntityManager em;
  @Inject Quizzes quizzes;

  public Page<Row> page(Caller caller, long quizId, PageRequest page) {
    Quiz quiz = viewable(caller, quizId).orElse(null);
    if (quiz == null) {
      return Page.of(List.of(), page, 0);
    }
    long total =
        query(caller, quiz, "SELECT COUNT(DISTINCT u.id)", "", Long.class).getSingleResult();
    List<Long> learners =
        query(
                caller,
                quiz,
                "SELECT u.id, u.name",
                " GROUP BY u.id, u.name ORDER BY u.name, u.id",
                Object[].class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(row -> (Long) row[0])
            .toList();
    if (learners.isEmpty()) {
      return Page.of(List.of(), page, total);
    }
    List<Attempt> attempts =
        attempts(caller, quiz, " AND u.id IN :learners")
            .setParameter("learners", learners)
            .getResultList();
    return Page.of(rows(quiz, attempts), page, total);
  }

  /** Every line, for the CSV download, in one read. */
  public List<Row> all(Caller caller, long quizId) {
    return viewable(caller, quizId)
        .map(quiz -> rows(quiz, attempts(caller, quiz, "").getResultList()))
        .orElse(List.of());
  }

  /** The quiz if the caller may read its results; empty when they may see no learner's. */
  private Optional<Quiz> viewable(Caller caller, long quizId) {
    Quiz quiz = quizzes.visible(caller, quizId);
    ResultsAccess.ensureViewer(caller, quiz.course());
    return ResultsAccess.seesNoOne(caller) ? Optional.empty() : Optional.of(quiz);
  }

  private TypedQuery<Attempt> attempts(Caller caller, Quiz quiz, String more) {
    return query(caller, quiz, "SELECT a", more + " ORDER BY u.name, u.id, a.number", Attempt.class)
        .setHint("eclipselink.join-fetch", "a.user")
        .setHint("eclipselink.left-join-fetch", "a.user.region")
        .setHint("eclipselink.left-join-fetch", "a.user.roles");
  }

  /**
   * The submitted attempts of the quiz, of the caller's region's learners unless a system admin.
   */
  private <T> TypedQuery<T> query(
      Caller caller, Quiz quiz, String select, String rest, Class<T> type) {
    boolean everyone = caller.systemAdmin();
    TypedQuery<T> query =
        em.createQuery(
                select + SUBMITTED + (everyone ? "" : " AND u.region.id = :region") + rest, type)
            .setParameter("quizId", quiz.id())
            .setParameter("submitted", AttemptState.SUBMITTED);
    return everyone ? query : query.setParameter("region", caller.region().id());
  }

  private static List<Row> rows(Quiz quiz, List<Attempt> attempts) {
    Map<User, List<Attempt>> byLearner = new LinkedHashMap<>();
    // joining a learner's roles repeats the attempt's row once per role: each attempt once
    attempts.stream()
        .distinct()
        .forEach(a -> byLearner.computeIfAbsent(a.user(), u -> new ArrayList<>()).add(a));
    List<Row> rows = new ArrayList<>();
    byLearner.forEach(
        (user, mine) -> {
          OptionalDouble percent = Results.percent(quiz, mine);
          Double p = percent.isPresent() ? percent.getAsDouble() : null;
          rows.add(
              new Row(
                  user.username(),
                  user.name(),
                  user.profile().unitKerja(),
                  user.region() == null ? null : user.region().code(),
                  mine.size(),
                  p,
                  p == null ? null : quiz.verdict(p),
                  mine.stream().anyMatch(Attempt::needsGrading),
                  mine.get(mine.size() - 1).submittedAt()));
        });
    return rows;
  }
}
