package org.latih.assessment.attempt.control;

import java.util.HashSet;
import java.util.List;
import org.latih.assessment.attempt.entity.AttemptSlot;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.Response;
import org.latih.kernel.rest.InvalidInputException;

/**
 * Checks that a response fits the question it answers: options of that question only, one option
 * for a single-choice question, prompts that exist. A response that does not fit is refused, never
 * stored, so grading can trust what it reads.
 */
final class Answers {

  private static final int MAX_TEXT = 20_000;

  private Answers() {}

  static void check(AttemptSlot slot, Response response) {
    if (response == null) {
      throw new InvalidInputException("response", "answer.missing");
    }
    QuestionContent q = slot.content();
    List<String> ids = q.choices().stream().map(c -> c.id()).toList();
    switch (q.type()) {
      case SINGLE_CHOICE, TRUE_FALSE -> {
        choicesOnly(response);
        if (response.choices().size() > 1) {
          throw new InvalidInputException("response", "answer.oneChoice");
        }
        choicesOf(ids, response);
      }
      case MULTIPLE_RESPONSE -> {
        choicesOnly(response);
        choicesOf(ids, response);
        if (new HashSet<>(response.choices()).size() != response.choices().size()) {
          throw new InvalidInputException("response", "answer.unknownChoice", "");
        }
      }
      case SHORT_ANSWER, NUMERIC, ESSAY -> {
        if (!response.choices().isEmpty() || !response.matches().isEmpty()) {
          throw new InvalidInputException("response", "answer.textOnly");
        }
        if (response.text() != null && response.text().length() > MAX_TEXT) {
          throw new InvalidInputException("response", "answer.tooLong", MAX_TEXT);
        }
      }
      case CLOZE -> gaps(q, response);
      case DESCRIPTION -> {}
      case MATCHING -> {
        if (!response.choices().isEmpty() || response.text() != null) {
          throw new InvalidInputException("response", "answer.matchesOnly");
        }
        for (var entry : response.matches().entrySet()) {
          int prompt = index(entry.getKey());
          if (prompt < 0 || prompt >= q.pairs().size()) {
            throw new InvalidInputException("response", "answer.unknownPrompt", entry.getKey());
          }
          boolean known = q.matchingAnswers().contains(entry.getValue());
          if (!known) {
            throw new InvalidInputException("response", "answer.unknownChoice", entry.getValue());
          }
        }
      }
    }
  }

  /** Answers keyed by gap number; a choice gap's answer is one of that gap's options. */
  private static void gaps(QuestionContent q, Response response) {
    if (!response.choices().isEmpty() || response.text() != null) {
      throw new InvalidInputException("response", "answer.gapsOnly");
    }
    for (var entry : response.matches().entrySet()) {
      Gap gap = q.gap(index(entry.getKey())).orElse(null);
      if (gap == null) {
        throw new InvalidInputException("response", "answer.unknownGap", entry.getKey());
      }
      if (entry.getValue().length() > MAX_TEXT) {
        throw new InvalidInputException("response", "answer.tooLong", MAX_TEXT);
      }
      if (gap.kind() == Gap.Kind.MULTIPLE_CHOICE && gap.choice(entry.getValue()).isEmpty()) {
        throw new InvalidInputException("response", "answer.unknownChoice", entry.getValue());
      }
      if (gap.kind() == Gap.Kind.MULTIPLE_RESPONSE) {
        List<String> picks = Gap.picks(entry.getValue());
        for (String id : picks) {
          if (gap.choice(id).isEmpty()) {
            throw new InvalidInputException("response", "answer.unknownChoice", id);
          }
        }
        if (new HashSet<>(picks).size() != picks.size()) {
          throw new InvalidInputException("response", "answer.unknownChoice", "");
        }
      }
    }
  }

  private static void choicesOnly(Response response) {
    if (response.text() != null || !response.matches().isEmpty()) {
      throw new InvalidInputException("response", "answer.choicesOnly");
    }
  }

  private static void choicesOf(List<String> ids, Response response) {
    for (String id : response.choices()) {
      if (!ids.contains(id)) {
        throw new InvalidInputException("response", "answer.unknownChoice", id);
      }
    }
  }

  private static int index(String key) {
    try {
      return Integer.parseInt(key);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
