package org.latih.assessment.question.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One gap of a cloze question (Moodle's embedded answers): where it sits in the text is the marker
 * {@code {#number}}, what it accepts depends on its kind, and its weight is its share of the
 * question's mark (Moodle's {@code {2:...}}). A short-answer or choice gap keeps its answers as
 * {@link Choice}s, a numeric gap as {@link NumericAnswer}s, each with its fraction and feedback.
 *
 * @param caseSensitive for a short-answer gap, whether "Jakarta" and "jakarta" differ
 * @param layout how a choice gap is shown (a multiple-response gap as check boxes, never a
 *     drop-down); null for the other kinds
 * @param shuffle whether a choice gap's options are shuffled in every attempt
 */
public record Gap(
    int number,
    Kind kind,
    double weight,
    boolean caseSensitive,
    Layout layout,
    boolean shuffle,
    List<Choice> choices,
    List<NumericAnswer> numbers) {

  /** How a gap is answered. */
  public enum Kind {
    SHORT_ANSWER,
    NUMERIC,
    MULTIPLE_CHOICE,
    /** Several options may be picked; their fractions add up, clamped to 0..1. */
    MULTIPLE_RESPONSE;

    /** Whether the gap is answered by picking options (named by the attempt's tokens). */
    public boolean choosing() {
      return this == MULTIPLE_CHOICE || this == MULTIPLE_RESPONSE;
    }
  }

  /** How a choice gap is shown: a drop-down in the sentence, or radio buttons. */
  public enum Layout {
    DROPDOWN,
    VERTICAL,
    HORIZONTAL
  }

  public Gap {
    choices = choices == null ? List.of() : List.copyOf(choices);
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
    if (kind == Kind.MULTIPLE_RESPONSE && (layout == null || layout == Layout.DROPDOWN)) {
      layout = Layout.VERTICAL; // check boxes: a drop-down picks one
    } else if (kind == Kind.MULTIPLE_CHOICE && layout == null) {
      layout = Layout.DROPDOWN;
    } else if (kind == null || !kind.choosing()) {
      layout = null;
      shuffle = false;
    }
    caseSensitive = caseSensitive && kind == Kind.SHORT_ANSWER;
  }

  /** The marker that stands for this gap in the question's text. */
  public String marker() {
    return marker(number);
  }

  public static String marker(int number) {
    return "{#" + number + "}";
  }

  /** Refuses a gap that could not be graded, naming the question it belongs to. */
  void check(String question) {
    if (kind == null || number < 1) {
      throw new InvalidQuestionException("question.gapKind", question, number);
    }
    if (!(weight > 0 && weight <= 100)) { // also refuses NaN
      throw new InvalidQuestionException("question.gapWeight", question, number, weight);
    }
    Set<String> ids = new HashSet<>();
    for (Choice c : choices) {
      if (c.id() == null || !ids.add(c.id()) || c.id().contains(",") || c.id().contains(":")) {
        throw new InvalidQuestionException("question.choiceId", question);
      }
    }
    boolean right =
        switch (kind) {
          case SHORT_ANSWER -> numbers.isEmpty() && choices.stream().anyMatch(Choice::right);
          case NUMERIC -> choices.isEmpty() && numbers.stream().anyMatch(n -> n.fraction() > 0);
          case MULTIPLE_CHOICE, MULTIPLE_RESPONSE ->
              numbers.isEmpty() && choices.size() >= 2 && choices.stream().anyMatch(Choice::right);
        };
    if (!right) {
      throw new InvalidQuestionException("question.gapAnswer", question, number);
    }
  }

  /** The options a multiple-response gap's answer names: ids (or tokens) joined by commas. */
  public static List<String> picks(String answer) {
    return answer == null || answer.isBlank()
        ? List.of()
        : java.util.Arrays.stream(answer.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  /** The choice with this id, for a choice gap. */
  public java.util.Optional<Choice> choice(String id) {
    return choices.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
