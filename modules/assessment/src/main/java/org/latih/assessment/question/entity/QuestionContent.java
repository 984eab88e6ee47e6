package org.latih.assessment.question.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a question is at one version: its type, name, text, options or accepted answers,
 * feedback and default mark. The constructor refuses content that could not be graded (a choice
 * question without a right option, a matching question with fewer than two pairs), so a bank never
 * holds a question that would mark every learner wrong.
 */
public record QuestionContent(
    QuestionType type,
    String name,
    String text,
    List<Choice> choices,
    List<NumericAnswer> numbers,
    List<MatchPair> pairs,
    String generalFeedback,
    double defaultMark) {

  public QuestionContent {
    if (type == null) {
      throw new InvalidQuestionException("question.type", String.valueOf(name));
    }
    if (text == null || text.isBlank()) {
      throw new InvalidQuestionException("question.text", String.valueOf(name));
    }
    name = name == null || name.isBlank() ? abbreviate(text) : name.strip();
    choices = choices == null ? List.of() : List.copyOf(choices);
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    generalFeedback = generalFeedback == null || generalFeedback.isBlank() ? null : generalFeedback;
    if (!(defaultMark > 0 && defaultMark <= 100)) { // also refuses NaN
      throw new InvalidQuestionException("question.mark", name, defaultMark);
    }
    checkShape(type, name, choices, numbers, pairs);
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
