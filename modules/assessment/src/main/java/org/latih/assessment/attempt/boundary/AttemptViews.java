package org.latih.assessment.attempt.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.latih.assessment.attempt.control.Results;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptSlot;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.Response;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.ReviewMode;

/**
 * What the attempt endpoints answer. The question view carries only what a learner needs to answer:
 * no fractions, no feedback, no key; matching answers come in the attempt's shuffled order. The
 * review, with right answers and feedback, is added only when the quiz's review mode allows.
 */
public final class AttemptViews {

  private AttemptViews() {}

  public record OptionView(String id, String text) {}

  public record QuestionView(
      int position,
      QuestionType type,
      String text,
      double mark,
      boolean flagged,
      long sequence,
      Instant savedAt,
      Response response,
      List<OptionView> options,
      List<String> prompts,
      List<String> answers) {}

  public record AttemptView(
      long id,
      long quizId,
      String quizTitle,
      String kind,
      String course,
      int number,
      String state,
      Instant startedAt,
      Instant deadline,
      Instant serverNow,
      Long remainingSeconds,
      List<QuestionView> questions,
      ResultView result) {}

  public record RightAnswer(
      List<String> choices,
      List<String> texts,
      List<NumericAnswer> numbers,
      List<MatchPair> pairs) {}

  public record ReviewItem(
      int position,
      QuestionType type,
      String text,
      Response response,
      Double fraction,
      Double points,
      double mark,
      String feedback,
      String generalFeedback,
      String graderComment,
      List<OptionView> options,
      RightAnswer right) {}

  public record ResultView(
      Double points,
      double maxPoints,
      Double percent,
      Boolean passed,
      boolean needsGrading,
      boolean autoSubmitted,
      Instant submittedAt,
      boolean reviewAvailable,
      List<ReviewItem> review) {}

  public static AttemptView of(Attempt a, Instant now, boolean staff) {
    Long remaining =
        a.deadline() == null || !a.open()
            ? null
            : Math.max(0, Duration.between(now, a.deadline()).toSeconds());
    return new AttemptView(
        a.id(),
        a.quiz().id(),
        a.quiz().title(),
        a.quiz().kind().name(),
        a.quiz().course().code(),
        a.number(),
        a.state().name(),
        a.startedAt(),
        a.deadline(),
        now,
        remaining,
        a.open() ? a.slots().stream().map(AttemptViews::question).toList() : List.of(),
        a.open() ? null : result(a, now, staff));
  }

  static QuestionView question(AttemptSlot s) {
    QuestionContent q = s.content();
    List<OptionView> options = List.of();
    List<String> prompts = List.of();
    List<String> answers = List.of();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE -> options = options(s);
      case MATCHING -> {
        prompts = q.pairs().stream().map(MatchPair::prompt).toList();
        answers =
            s.optionOrder().stream()
                .map(i -> q.pairs().get(Integer.parseInt(i)).answer())
                .distinct()
                .toList();
      }
      default -> {}
    }
    return new QuestionView(
        s.position(),
        q.type(),
        q.text(),
        s.mark(),
        s.flagged(),
        s.sequence(),
        s.savedAt(),
        s.response(),
        options,
        prompts,
        answers);
  }

  /** Choice options in the order this attempt shows them; true/false always true first. */
  private static List<OptionView> options(AttemptSlot s) {
    QuestionContent q = s.content();
    return switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE ->
          s.optionOrder().stream().map(id -> option(q, id)).toList();
      case TRUE_FALSE -> q.choices().stream().map(c -> new OptionView(c.id(), c.text())).toList();
      default -> List.of();
    };
  }

  private static OptionView option(QuestionContent q, String id) {
    Choice c = q.choices().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return new OptionView(c.id(), c.text());
  }

  /** Staff always see the review; a learner as the quiz's review mode says. */
  public static boolean reviewable(Quiz quiz, Instant now, boolean staff) {
    return staff
        || quiz.review() == ReviewMode.AFTER_SUBMIT
        || (quiz.review() == ReviewMode.AFTER_CLOSE && quiz.closedAt(now));
  }

  public static ResultView result(Attempt a, Instant now, boolean staff) {
    Quiz quiz = a.quiz();
    Double percent = a.percent();
    boolean reviewable = reviewable(quiz, now, staff);
    return new ResultView(
        a.points(),
        a.maxPoints(),
        percent,
        percent == null ? null : quiz.passes(percent),
        a.needsGrading(),
        a.autoSubmitted(),
        a.submittedAt(),
        reviewable,
        reviewable ? a.slots().stream().map(AttemptViews::review).toList() : null);
  }

  static ReviewItem review(AttemptSlot s) {
    QuestionContent q = s.content();
    RightAnswer right =
        switch (q.type()) {
          case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE ->
              new RightAnswer(
                  q.choices().stream().filter(Choice::right).map(Choice::id).toList(),
                  List.of(),
                  List.of(),
                  List.of());
          case SHORT_ANSWER ->
              new RightAnswer(
                  List.of(),
                  q.choices().stream().filter(c -> c.fraction() >= 1).map(Choice::text).toList(),
                  List.of(),
                  List.of());
          case NUMERIC ->
              new RightAnswer(
                  List.of(),
                  List.of(),
                  q.numbers().stream().filter(n -> n.fraction() >= 1).toList(),
                  List.of());
          case MATCHING -> new RightAnswer(List.of(), List.of(), List.of(), q.pairs());
          case ESSAY, DESCRIPTION -> null;
        };
    List<OptionView> options = options(s);
    return new ReviewItem(
        s.position(),
        q.type(),
        q.text(),
        s.response(),
        s.fraction(),
        s.points(),
        s.mark(),
        s.feedback(),
        q.generalFeedback(),
        s.graderComment(),
        options,
        right);
  }

  /** A learner's standing in a quiz, for the quiz list and the course page. */
  public record MyStanding(
      int attempts, Long openAttemptId, Double percent, Boolean passed, Integer attemptsLeft) {

    public static MyStanding of(Quiz quiz, List<Attempt> mine) {
      Long open = mine.stream().filter(Attempt::open).map(Attempt::id).findFirst().orElse(null);
      var percent = Results.percent(quiz, mine.stream().filter(a -> !a.open()).toList());
      Double p = percent.isPresent() ? percent.getAsDouble() : null;
      Integer left =
          quiz.attemptsAllowed() == 0 ? null : Math.max(0, quiz.attemptsAllowed() - mine.size());
      return new MyStanding(mine.size(), open, p, p == null ? null : quiz.passes(p), left);
    }
  }
}
