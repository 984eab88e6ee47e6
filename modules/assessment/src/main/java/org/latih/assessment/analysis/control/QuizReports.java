package org.latih.assessment.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptState;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.kernel.security.control.Caller;

/** A quiz's results per learner and its item analysis, for the staff who may see them. */
@ApplicationScoped
@Transactional
public class QuizReports {

  @PersistenceContext EntityManager em;
  @Inject Quizzes quizzes;

  /** One learner's line in a quiz's results. */
  public record Row(
      String nip,
      String name,
      String unitKerja,
      String region,
      int attempts,
      Double percent,
      Boolean passed,
      boolean needsGrading,
      Instant lastSubmittedAt) {}

  /** A question's line in the item analysis. */
  public record ItemRow(
      int position, long questionId, String name, Double facility, Double discrimination) {}

  public record Analysis(
      int attempts, List<ItemRow> items, Double reliability, String method, Double meanPercent) {}

  /**
   * Item analysis over every fully graded attempt the caller may see, on the quiz's fixed questions
   * (random draws differ between attempts, so they are left out). Attempts and their slots are read
   * as rows, each in one statement, so the cost does not grow with the number of attempts.
   */
  public Analysis analysis(Caller caller, long quizId) {
    Quiz quiz = quizzes.visible(caller, quizId);
    ResultsAccess.ensureViewer(caller, quiz.course());
    List<Question> items = quiz.questions();
    List<Graded> graded =
        ResultsAccess.seesNoOne(caller)
            ? List.of()
            : graded(
                    caller,
                    quiz,
                    "SELECT a.id, a.points, a.maxPoints",
                    " ORDER BY u.name, u.id, a.number",
                    "")
                .getResultStream()
                .map(
                    r ->
                        new Graded(
                            (Long) r[0],
                            Attempt.percent(
                                AttemptState.SUBMITTED,
                                false,
                                (Double) r[1],
                                ((Number) r[2]).doubleValue())))
                .toList();
    if (graded.size() < 2 || items.isEmpty()) {
      throw new TooFewAttemptsException(graded.size());
    }
    Map<Long, Map<Long, Double>> fractions = fractions(caller, quiz);
    double[][] scores = new double[graded.size()][items.size()];
    for (int r = 0; r < graded.size(); r++) {
      Map<Long, Double> attempt = fractions.getOrDefault(graded.get(r).id(), Map.of());
      for (int c = 0; c < items.size(); c++) {
        scores[r][c] = attempt.getOrDefault(items.get(c).id(), 0.0);
      }
    }
    ItemAnalysis analysis = ItemAnalysis.of(scores);
    List<ItemRow> rows = new ArrayList<>();
    for (int c = 0; c < items.size(); c++) {
      var item = analysis.items().get(c);
      rows.add(
          new ItemRow(
              c + 1,
              items.get(c).id(),
              items.get(c).name(),
              item.facility(),
              item.discrimination()));
    }
    double mean = graded.stream().mapToDouble(Graded::percent).average().orElse(0);
    return new Analysis(
        graded.size(),
        rows,
        analysis.reliability(),
        analysis.method() == null ? null : analysis.method().name(),
        mean);
  }

  /** A fully graded attempt: its id and percent. */
  private record Graded(Long id, Double percent) {}

  /**
   * Per graded attempt, per question, the fraction of the mark its first graded slot of that
   * question earned (a question the attempt did not ask counts 0 in the caller).
   */
  private Map<Long, Map<Long, Double>> fractions(Caller caller, Quiz quiz) {
    Map<Long, Map<Long, Double>> fractions = new HashMap<>();
    graded(
            caller,
            quiz,
            "SELECT a.id, v.question.id, s.fraction",
            " ORDER BY a.id, s.position",
            " JOIN a.slots s JOIN s.questionVersion v")
        .getResultStream()
        .filter(r -> r[2] != null)
        .forEach(
            r ->
                fractions
                    .computeIfAbsent((Long) r[0], id -> new HashMap<>())
                    .putIfAbsent((Long) r[1], (Double) r[2]));
    return fractions;
  }

  /** The quiz's submitted, fully graded attempts of learners the caller may see. */
  private TypedQuery<Object[]> graded(
      Caller caller, Quiz quiz, String select, String order, String join) {
    boolean everyone = caller.systemAdmin();
    TypedQuery<Object[]> query =
        em.createQuery(
                select
                    + " FROM Attempt a JOIN a.user u"
                    + join
                    + " WHERE a.quizId = :quizId AND a.state = :submitted"
                    + " AND a.needsGrading = :needsGrading"
                    + (everyone ? "" : " AND u.region.id = :region")
                    + order,
                Object[].class)
            .setParameter("quizId", quiz.id())
            .setParameter("submitted", AttemptState.SUBMITTED)
            .setParameter("needsGrading", false);
    return everyone ? query : query.setParameter("region", caller.region().id());
  }
}
