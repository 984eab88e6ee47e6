package org.latih.assessment.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptSlot;
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
   * (random draws differ between attempts, so they are left out).
   */
  public Analysis analysis(Caller caller, long quizId) {
    Quiz quiz = quizzes.visible(caller, quizId);
    ResultsAccess.ensureViewer(caller, quiz.course());
    List<Question> items = quiz.questions();
    List<Attempt> graded =
        submitted(quiz).stream()
            .filter(a -> !a.needsGrading() && ResultsAccess.sees(caller, a.user()))
            .toList();
    if (graded.size() < 2 || items.isEmpty()) {
      throw new TooFewAttemptsException(graded.size());
    }
    double[][] scores = new double[graded.size()][items.size()];
    for (int r = 0; r < graded.size(); r++) {
      for (int c = 0; c < items.size(); c++) {
        scores[r][c] = fraction(graded.get(r), items.get(c));
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
    double mean = graded.stream().mapToDouble(Attempt::percent).average().orElse(0);
    return new Analysis(
        graded.size(),
        rows,
        analysis.reliability(),
        analysis.method() == null ? null : analysis.method().name(),
        mean);
  }

  private static double fraction(Attempt attempt, Question question) {
    return attempt.slots().stream()
        .filter(s -> s.questionVersion().question().id().equals(question.id()))
        .map(AttemptSlot::fraction)
        .filter(f -> f != null)
        .findFirst()
        .orElse(0.0);
  }

  List<Attempt> submitted(Quiz quiz) {
    return em.createNamedQuery(Attempt.SUBMITTED_OF_QUIZ, Attempt.class)
        .setParameter("quizId", quiz.id())
        .setParameter("submitted", AttemptState.SUBMITTED)
        .getResultList();
  }
}
