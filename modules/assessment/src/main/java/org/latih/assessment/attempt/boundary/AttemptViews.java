package org.latih.assessment.attempt.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.latih.assessment.attempt.control.Results;
import org.latih.assessment.attempt.control.ReviewWindow;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptSlot;
import org.latih.assessment.attempt.entity.SlotTokens;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.Grade;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.Response;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.ReviewRules.Shown;

/**
 * What the attempt endpoints answer. The question view carries only what a learner needs to answer:
 * no fractions, no feedback, no key, and options (matching answers too) named by the attempt's own
 * tokens in its shuffled order. The review adds, moment by moment as the quiz's review rules allow,
 * the score, the learner's answers marked right or wrong, the right answers and the feedback.
 *
 * <p>Texts: {@code format} is {@code "plain"} when the question's texts are sent as written (to be
 * put in a page as text, as before formats existed) or {@code "html"} when its text, option texts,
 * matching prompts and feedback are HTML sanitised on the server ({@link ShownTexts}). Matching
 * answers, accepted short answers and a grader's comment are always plain text.
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
      List<OptionView> answers,
      String format,
      List<GapView> gaps) {}

  /**
   * A gap of a cloze question as the learner answers it: its number (the marker {@code {#n}} in the
   * text), its kind and, for a choice gap, how it is laid out and its options under the attempt's
   * tokens in the order shown. Nothing tells which option is right.
   */
  public record GapView(int number, Gap.Kind kind, Gap.Layout layout, List<OptionView> options) {}

  /**
   * A gap in the review: its options, and as the review rules allow the fraction it earned, its
   * feedback and its right answers (choice tokens, accepted texts or numbers).
   */
  public record GapReview(
      int number,
      Gap.Kind kind,
      Gap.Layout layout,
      List<OptionView> options,
      Double fraction,
      String feedback,
      RightAnswer right) {}

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
      List<String> prompts,
      RightAnswer right,
      String format,
      List<GapReview> gaps) {}

  /**
   * @param scoreShown whether the score is shown (points and percent are null when not)
   * @param reviewOpens when the right answers will be shown ({@code LAST_ATTEMPT} or {@code CLOSE}
   *     at {@code reviewOpensAt}); null when they are shown or never will be
   */
  public record ResultView(
      Double points,
      double maxPoints,
      Double percent,
      Boolean passed,
      boolean needsGrading,
      boolean autoSubmitted,
      Instant submittedAt,
      boolean reviewAvailable,
      boolean scoreShown,
      ReviewWindow.Opens reviewOpens,
      Instant reviewOpensAt,
      List<ReviewItem> review) {}

  public static AttemptView of(Attempt a, Instant now, ReviewWindow window) {
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
        a.open()
            ? a.slots().stream().map(s -> question(s, a.quiz().course().code())).toList()
            : List.of(),
        a.open() ? null : result(a, window));
  }

  static QuestionView question(AttemptSlot s, String course) {
    QuestionContent q = s.content();
    ShownTexts texts = ShownTexts.of(q, course);
    SlotTokens tokens = s.tokens();
    boolean matching = q.type() == QuestionType.MATCHING;
    List<OptionView> shown = matching ? values(s.tokens(), texts) : options(s.tokens(), texts);
    return new QuestionView(
        s.position(),
        q.type(),
        texts.shown(q.text()),
        s.mark(),
        s.flagged(),
        s.sequence(),
        s.savedAt(),
        s.learnerResponse(),
        matching ? List.of() : shown,
        matching ? prompts(q, texts) : List.of(),
        matching ? shown : List.of(),
        texts.wire(),
        q.gaps().stream().map(g -> gap(g, tokens)).toList());
  }

  private static GapView gap(Gap g, SlotTokens tokens) {
    return new GapView(g.number(), g.kind(), g.layout(), gapOptions(g, tokens));
  }

  private static List<OptionView> gapOptions(Gap g, SlotTokens tokens) {
    return g.kind().choosing()
        ? tokens.gapOptions(g).stream().map(o -> new OptionView(o.id(), o.text())).toList()
        : List.of();
  }

  /** Each gap of a cloze question in the review, with no more than {@code shown} allows. */
  private static List<GapReview> gapReviews(AttemptSlot s, Shown shown) {
    QuestionContent q = s.content();
    if (q.gaps().isEmpty()) {
      return List.of();
    }
    SlotTokens tokens = s.tokens();
    Map<Integer, Grade> grades = q.gapGrades(s.response());
    return q.gaps().stream()
        .map(
            g ->
                new GapReview(
                    g.number(),
                    g.kind(),
                    g.layout(),
                    gapOptions(g, tokens),
                    shown.answers() ? grades.get(g.number()).fraction() : null,
                    shown.feedback() ? grades.get(g.number()).feedback() : null,
                    shown.rightAnswers() ? gapRight(g, tokens) : null))
        .toList();
  }

  /** A gap's best answers: those worth its highest fraction (an author may give none 100%). */
  private static RightAnswer gapRight(Gap g, SlotTokens tokens) {
    double best =
        g.kind() == Gap.Kind.NUMERIC
            ? g.numbers().stream().mapToDouble(n -> n.fraction()).max().orElse(1)
            : g.choices().stream().mapToDouble(Choice::fraction).max().orElse(1);
    return switch (g.kind()) {
      case MULTIPLE_RESPONSE ->
          new RightAnswer(
              g.choices().stream()
                  .filter(Choice::right)
                  .map(c -> tokens.gapToken(g, c.id()))
                  .toList(),
              List.of(),
              List.of(),
              List.of());
      case MULTIPLE_CHOICE ->
          new RightAnswer(
              g.choices().stream()
                  .filter(c -> c.fraction() >= best)
                  .map(c -> tokens.gapToken(g, c.id()))
                  .toList(),
              List.of(),
              List.of(),
              List.of());
      case SHORT_ANSWER ->
          new RightAnswer(
              List.of(),
              g.choices().stream().filter(c -> c.fraction() >= best).map(Choice::text).toList(),
              List.of(),
              List.of());
      case NUMERIC ->
          new RightAnswer(
              List.of(),
              List.of(),
              g.numbers().stream().filter(n -> !n.any() && n.fraction() >= best).toList(),
              List.of());
    };
  }

  private static List<OptionView> options(SlotTokens tokens, ShownTexts texts) {
    return tokens.shown().stream().map(o -> new OptionView(o.id(), texts.shown(o.text()))).toList();
  }

  /** Matching answers: the text of a drop-down's options, never markup. */
  private static List<OptionView> values(SlotTokens tokens, ShownTexts texts) {
    return tokens.shown().stream().map(o -> new OptionView(o.id(), texts.value(o.text()))).toList();
  }

  private static List<String> prompts(QuestionContent q, ShownTexts texts) {
    return q.pairs().stream().map(MatchPair::prompt).map(texts::shown).toList();
  }

  public static ResultView result(Attempt a, ReviewWindow window) {
    Quiz quiz = a.quiz();
    Shown shown = window.shown();
    Double percent = shown.marks() ? a.percent() : null;
    return new ResultView(
        shown.marks() ? a.points() : null,
        a.maxPoints(),
        percent,
        percent == null ? null : quiz.verdict(percent),
        a.needsGrading(),
        a.autoSubmitted(),
        a.submittedAt(),
        shown.questions(),
        shown.marks(),
        window.opens(),
        window.opensAt(),
        shown.questions()
            ? a.slots().stream().map(s -> review(s, shown, quiz.course().code())).toList()
            : null);
  }

  /** One question of the review, with no more than {@code shown} allows. */
  static ReviewItem review(AttemptSlot s, Shown shown, String course) {
    QuestionContent q = s.content();
    ShownTexts texts = ShownTexts.of(q, course);
    SlotTokens tokens = s.tokens();
    boolean matching = q.type() == QuestionType.MATCHING;
    List<OptionView> options = matching ? values(tokens, texts) : options(tokens, texts);
    return new ReviewItem(
        s.position(),
        q.type(),
        texts.shown(q.text()),
        shown.answers() ? s.learnerResponse() : null,
        shown.answers() ? s.fraction() : null,
        shown.answers() && shown.marks() ? s.points() : null,
        s.mark(),
        shown.feedback() ? texts.shown(s.feedback()) : null,
        shown.feedback() ? texts.shown(q.generalFeedback()) : null,
        shown.feedback() ? s.graderComment() : null,
        options,
        matching ? prompts(q, texts) : List.of(),
        shown.rightAnswers() ? right(q, tokens, texts) : null,
        texts.wire(),
        gapReviews(s, shown));
  }

  /** The key, with options named by the attempt's tokens as the learner saw them. */
  private static RightAnswer right(QuestionContent q, SlotTokens tokens, ShownTexts texts) {
    return switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE ->
          new RightAnswer(
              tokens.tokensOf(q.choices().stream().filter(Choice::right).map(Choice::id).toList()),
              List.of(),
              List.of(),
              List.of());
      case SHORT_ANSWER ->
          new RightAnswer(
              List.of(),
              q.choices().stream()
                  .filter(c -> c.fraction() >= 1)
                  .map(c -> texts.value(c.text()))
                  .toList(),
              List.of(),
              List.of());
      case NUMERIC ->
          new RightAnswer(
              List.of(),
              List.of(),
              q.numbers().stream()
                  .filter(n -> n.fraction() >= 1)
                  .map(
                      n ->
                          new NumericAnswer(
                              n.value(),
                              n.tolerance(),
                              n.fraction(),
                              texts.shown(n.feedback()),
                              n.any()))
                  .toList(),
              List.of());
      case MATCHING ->
          new RightAnswer(
              List.of(),
              List.of(),
              List.of(),
              q.pairs().stream()
                  .map(p -> new MatchPair(texts.shown(p.prompt()), texts.value(p.answer())))
                  .toList());
      case ESSAY, DESCRIPTION, CLOZE -> null; // a cloze question's key is given per gap
    };
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
      return new MyStanding(mine.size(), open, p, p == null ? null : quiz.verdict(p), left);
    }
  }
}
