package org.latih.assessment.question.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a question is at one version: its type, name, text, options or accepted answers,
 * feedback, default mark and, for matching, distractors. The constructor refuses content that could
 * not be graded (a choice question without a right option, a matching question with fewer than two
 * pairs, a cloze question whose gaps and markers disagree), so a bank never holds a question that
 * would mark every learner wrong. The {@link TextFormat} says how all its texts are written (plain
 * when not given).
 */
public record QuestionContent(
    QuestionType type,
    String name,
    String text,
    List<Choice> choices,
    List<NumericAnswer> numbers,
    List<MatchPair> pairs,
    String generalFeedback,
    double defaultMark,
    List<String> distractors,
    TextFormat format,
    List<Gap> gaps) {

  /** A gap's place in a cloze question's text: {@code {#1}}, {@code {#2}}, ... */
  private static final java.util.regex.Pattern MARKER =
      java.util.regex.Pattern.compile("\\{#(\\d{1,4})\\}");

  /** Options of all choice gaps of one cloze question together. */
  public static final int MAX_GAP_OPTIONS = 120;

  public QuestionContent {
    format = format == null ? TextFormat.PLAIN : format;
    if (type == null) {
      throw new InvalidQuestionException("question.typeMissing");
    }
    if (text == null || text.isBlank()) {
      throw name == null || name.isBlank()
          ? new InvalidQuestionException("question.textMissing")
          : new InvalidQuestionException("question.text", name);
    }
    name = name == null || name.isBlank() ? abbreviate(text) : name.strip();
    choices = choices == null ? List.of() : List.copyOf(choices);
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    distractors = distractors == null ? List.of() : List.copyOf(distractors);
    gaps = gaps == null ? List.of() : List.copyOf(gaps);
    generalFeedback = generalFeedback == null || generalFeedback.isBlank() ? null : generalFeedback;
    if (type == QuestionType.DESCRIPTION) {
      defaultMark = 0; // shown, never graded: it must not weigh in any score
    } else if (!(defaultMark > 0 && defaultMark <= 100)) { // also refuses NaN
      throw new InvalidQuestionException("question.mark", name, defaultMark);
    }
    checkShape(type, name, choices, numbers, pairs);
    if (!distractors.isEmpty()
        && (type != QuestionType.MATCHING || distractors.stream().anyMatch(String::isBlank))) {
      throw new InvalidQuestionException("question.distractor", name);
    }
    checkGaps(type, name, text, gaps);
  }

  /** A cloze question: its text holds one marker per gap, and its gaps are all it accepts. */
  public static QuestionContent cloze(
      String name, String text, List<Gap> gaps, String generalFeedback, double defaultMark) {
    return new QuestionContent(
        QuestionType.CLOZE,
        name,
        text,
        null,
        null,
        null,
        generalFeedback,
        defaultMark,
        null,
        TextFormat.PLAIN,
        gaps);
  }

  /**
   * Each gap's marker appears exactly once in the text and each marker names a gap: a marker
   * without a gap would show an input nothing grades, a gap without a marker one nobody can fill.
   */
  private static void checkGaps(QuestionType type, String name, String text, List<Gap> gaps) {
    if (type != QuestionType.CLOZE) {
      if (!gaps.isEmpty()) {
        throw new InvalidQuestionException("question.gapsNotCloze", name);
      }
      return;
    }
    if (gaps.isEmpty()) {
      throw new InvalidQuestionException("question.cloze", name);
    }
    java.util.Map<Integer, Integer> markers = new java.util.HashMap<>();
    var m = MARKER.matcher(text);
    while (m.find()) {
      markers.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    Set<Integer> numbers = new HashSet<>();
    for (Gap gap : gaps) {
      if (gap == null) {
        throw new InvalidQuestionException("question.cloze", name);
      }
      gap.check(name);
      if (!numbers.add(gap.number())) {
        throw new InvalidQuestionException("question.gapMarker", name, gap.number());
      }
      if (markers.getOrDefault(gap.number(), 0) != 1) {
        throw new InvalidQuestionException("question.gapMarker", name, gap.number());
      }
    }
    // every choice gap's option gets a token stored in the attempt slot's 2,000-character column
    long options =
        gaps.stream().filter(g -> g.kind().choosing()).mapToLong(g -> g.choices().size()).sum();
    if (options > MAX_GAP_OPTIONS) {
      throw new InvalidQuestionException("question.gapOptions", name, MAX_GAP_OPTIONS);
    }
    for (Integer marker : markers.keySet()) {
      if (!numbers.contains(marker)) {
        throw new InvalidQuestionException("question.gapMarker", name, marker);
      }
    }
  }

  /** The gap with this number, for a cloze question. */
  public java.util.Optional<Gap> gap(int number) {
    return gaps.stream().filter(g -> g.number() == number).findFirst();
  }

  /** How each gap of a cloze question scored, by gap number; empty for any other type. */
  public java.util.Map<Integer, Grade> gapGrades(Response response) {
    return Grading.gaps(this, response == null ? Response.EMPTY : response);
  }

  /** Content without matching distractors, as every question but some matching ones is. */
  public QuestionContent(
      QuestionType type,
      String name,
      String text,
      List<Choice> choices,
      List<NumericAnswer> numbers,
      List<MatchPair> pairs,
      String generalFeedback,
      double defaultMark) {
    this(type, name, text, choices, numbers, pairs, generalFeedback, defaultMark, List.of());
  }

  /** Plain-text content, with matching distractors. */
  public QuestionContent(
      QuestionType type,
      String name,
      String text,
      List<Choice> choices,
      List<NumericAnswer> numbers,
      List<MatchPair> pairs,
      String generalFeedback,
      double defaultMark,
      List<String> distractors) {
    this(
        type,
        name,
        text,
        choices,
        numbers,
        pairs,
        generalFeedback,
        defaultMark,
        distractors,
        TextFormat.PLAIN,
        List.of());
  }

  /** The same content with its texts said to be in {@code format}. */
  public QuestionContent withFormat(TextFormat format) {
    return new QuestionContent(
        type,
        name,
        text,
        choices,
        numbers,
        pairs,
        generalFeedback,
        defaultMark,
        distractors,
        format,
        gaps);
  }

  /**
   * The same content with every text (question text, options, feedback, prompts, matching answers)
   * passed through {@code f}; names, numbers and fractions stay, and so do a cloze question's gaps
   * (their answers are compared with what a learner types, not shown as formatted text).
   */
  public QuestionContent withTexts(java.util.function.UnaryOperator<String> f) {
    java.util.function.UnaryOperator<String> g = t -> t == null ? null : f.apply(t);
    return new QuestionContent(
        type,
        name,
        g.apply(text),
        choices.stream()
            .map(c -> new Choice(c.id(), g.apply(c.text()), c.fraction(), g.apply(c.feedback())))
            .toList(),
        numbers.stream()
            .map(
                n ->
                    new NumericAnswer(
                        n.value(), n.tolerance(), n.fraction(), g.apply(n.feedback()), n.any()))
            .toList(),
        pairs.stream().map(p -> new MatchPair(g.apply(p.prompt()), g.apply(p.answer()))).toList(),
        g.apply(generalFeedback),
        defaultMark,
        distractors.stream().map(g).toList(),
        format,
        gaps);
  }

  /**
   * The answers a learner picks from in a matching question: each pair's answer once, then the
   * distractors (extra wrong answers with no prompt, as Moodle allows), so a learner cannot match
   * the last prompt by elimination.
   */
  public List<String> matchingAnswers() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    pairs.forEach(p -> all.add(p.answer()));
    all.addAll(distractors);
    return List.copyOf(all);
  }

  private static void checkShape(
      QuestionType type,
      String name,
      List<Choice> choices,
      List<NumericAnswer> numbers,
      List<MatchPair> pairs) {
    Set<String> ids = new HashSet<>();
    for (Choice c : choices) {
      if (c.id() == null || !ids.add(c.id())) {
        throw new InvalidQuestionException("question.choiceId", name);
      }
    }
    boolean anyRight = choices.stream().anyMatch(Choice::right);
    switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        if (choices.size() < 2 || !anyRight) {
          throw new InvalidQuestionException("question.choices", name);
        }
      }
      case TRUE_FALSE -> {
        if (choices.size() != 2
            || !ids.equals(Set.of(TrueFalse.TRUE, TrueFalse.FALSE))
            || choices.stream().filter(Choice::right).count() != 1) {
          throw new InvalidQuestionException("question.trueFalse", name);
        }
      }
      case SHORT_ANSWER -> {
        if (!anyRight) {
          throw new InvalidQuestionException("question.shortAnswer", name);
        }
      }
      case NUMERIC -> {
        if (numbers.isEmpty()) {
          throw new InvalidQuestionException("question.numeric", name);
        }
      }
      case MATCHING -> {
        if (pairs.size() < 2) {
          throw new InvalidQuestionException("question.matching", name);
        }
      }
      case ESSAY -> {}
      case CLOZE -> {
        if (!choices.isEmpty() || !numbers.isEmpty() || !pairs.isEmpty()) {
          throw new InvalidQuestionException("question.cloze", name);
        }
      }
      case DESCRIPTION -> {
        if (!choices.isEmpty() || !numbers.isEmpty() || !pairs.isEmpty()) {
          throw new InvalidQuestionException("question.description", name);
        }
      }
    }
  }

  /** Grades a response by this content; essays wait for a person. */
  public Grade grade(Response response) {
    return Grading.of(this, response);
  }

  private static String abbreviate(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }

  /** The fixed option ids of a true/false question. */
  public static final class TrueFalse {
    public static final String TRUE = "true";
    public static final String FALSE = "false";

    private TrueFalse() {}

    public static List<Choice> choices(boolean answer, String rightFeedback, String wrongFeedback) {
      return List.of(
          new Choice(TRUE, "Benar", answer ? 1 : 0, answer ? rightFeedback : wrongFeedback),
          new Choice(FALSE, "Salah", answer ? 0 : 1, answer ? wrongFeedback : rightFeedback));
    }
  }
}
