package org.latih.assessment.question.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** How each type of question turns a response into a fraction of its mark. */
final class Grading {

  private Grading() {}

  static Grade of(QuestionContent q, Response r) {
    // a blank essay has nothing for a person to read, so it scores 0 like any unanswered question
    if (r == null || r.empty()) {
      return new Grade(0.0, null);
    }
    if (q.type().manual()) {
      return Grade.pending();
    }
    return switch (q.type()) {
      case SINGLE_CHOICE, TRUE_FALSE -> single(q, r);
      case MULTIPLE_RESPONSE -> multiple(q, r);
      case SHORT_ANSWER -> shortAnswer(q.choices(), r.text(), false);
      case NUMERIC -> numeric(q.numbers(), r.text());
      case MATCHING -> matching(q, r);
      case ESSAY -> Grade.pending();
      case DESCRIPTION -> new Grade(0.0, null);
      case CLOZE -> cloze(q, r);
    };
  }

  /**
   * Each gap by its kind, weighted: sum(weight * fraction) / sum(weight). The feedback stays per
   * gap (see {@link #gaps}), where a learner can tell which gap it is about.
   */
  private static Grade cloze(QuestionContent q, Response r) {
    Map<Integer, Grade> grades = gaps(q, r);
    double earned = 0;
    double total = 0;
    for (Gap gap : q.gaps()) {
      earned += gap.weight() * grades.get(gap.number()).fraction();
      total += gap.weight();
    }
    return new Grade(earned / total, null);
  }

  /** Every gap's grade by its number; a gap left empty scores 0. Responses key gaps "1", "2"... */
  static Map<Integer, Grade> gaps(QuestionContent q, Response r) {
    Map<Integer, Grade> grades = new LinkedHashMap<>();
    for (Gap gap : q.gaps()) {
      String given = r.matches().get(String.valueOf(gap.number()));
      grades.put(gap.number(), given == null || given.isBlank() ? NOTHING : gap(gap, given));
    }
    return grades;
  }

  private static final Grade NOTHING = new Grade(0.0, null);

  private static Grade gap(Gap gap, String given) {
    return switch (gap.kind()) {
      case SHORT_ANSWER -> shortAnswer(gap.choices(), given, gap.caseSensitive());
      case NUMERIC -> numeric(gap.numbers(), given);
      case MULTIPLE_CHOICE ->
          gap.choice(given).map(c -> new Grade(c.fraction(), c.feedback())).orElse(NOTHING);
      case MULTIPLE_RESPONSE -> picks(gap.choices(), Gap.picks(given));
    };
  }

  /** One option counts; a response naming several is not an answer to a single-choice question. */
  private static Grade single(QuestionContent q, Response r) {
    if (r.choices().size() != 1) {
      return new Grade(0.0, null);
    }
    return choice(q, r.choices().get(0))
        .map(c -> new Grade(c.fraction(), c.feedback()))
        .orElse(new Grade(0.0, null));
  }

  /** The fractions of the chosen options add up, clamped to 0..1: wrong picks cancel right ones. */
  private static Grade multiple(QuestionContent q, Response r) {
    return picks(q.choices(), r.choices());
  }

  private static Grade picks(List<Choice> options, List<String> ids) {
    double sum = 0;
    List<String> feedback = new ArrayList<>();
    for (String id : ids.stream().distinct().toList()) {
      Optional<Choice> chosen = options.stream().filter(c -> c.id().equals(id)).findFirst();
      if (chosen.isPresent()) {
        sum += chosen.get().fraction();
        if (chosen.get().feedback() != null) {
          feedback.add(chosen.get().feedback());
        }
      }
    }
    return new Grade(sum, feedback.isEmpty() ? null : String.join(" ", feedback));
  }

  /**
   * The best answer the response matches; {@code *} in an answer stands for any characters, as in
   * Moodle, and an answer that is only {@code *} is the catch-all, used when no other matches.
   */
  private static Grade shortAnswer(List<Choice> answers, String text, boolean caseSensitive) {
    String given = normalise(text, caseSensitive);
    Optional<Choice> specific =
        answers.stream()
            .filter(
                c -> !CATCH_ALL.equals(c.text().strip()) && matches(c.text(), given, caseSensitive))
            .max((a, b) -> Double.compare(a.fraction(), b.fraction()));
    return specific
        .or(() -> answers.stream().filter(c -> CATCH_ALL.equals(c.text().strip())).findFirst())
        .map(c -> new Grade(c.fraction(), c.feedback()))
        .orElse(new Grade(0.0, null));
  }

  private static final String CATCH_ALL = "*";

  private static boolean matches(String answer, String given, boolean caseSensitive) {
    String wanted = normalise(answer, caseSensitive);
    if (wanted.indexOf('*') < 0) {
      return wanted.equals(given);
    }
    StringBuilder pattern = new StringBuilder();
    for (String piece : wanted.split("\\*", -1)) {
      if (!pattern.isEmpty()) {
        pattern.append(".*");
      }
      pattern.append(java.util.regex.Pattern.quote(piece));
    }
    return java.util.regex.Pattern.compile(pattern.toString(), java.util.regex.Pattern.DOTALL)
        .matcher(given)
        .matches();
  }

  /** The best number that accepts the response; a catch-all only when no other does. */
  private static Grade numeric(List<NumericAnswer> numbers, String text) {
    Double given = number(text);
    if (given == null) {
      return new Grade(0.0, null);
    }
    return numbers.stream()
        .filter(n -> !n.any() && n.accepts(given))
        .max((a, b) -> Double.compare(a.fraction(), b.fraction()))
        .or(() -> numbers.stream().filter(NumericAnswer::any).findFirst())
        .map(n -> new Grade(n.fraction(), n.feedback()))
        .orElse(new Grade(0.0, null));
  }

  /** Each pair is worth an equal share; matches are keyed by the prompt's index. */
  private static Grade matching(QuestionContent q, Response r) {
    int right = 0;
    for (int i = 0; i < q.pairs().size(); i++) {
      String picked = r.matches().get(String.valueOf(i));
      if (picked != null
          && Objects.equals(normalise(picked), normalise(q.pairs().get(i).answer()))) {
        right++;
      }
    }
    return new Grade((double) right / q.pairs().size(), null);
  }

  private static Optional<Choice> choice(QuestionContent q, String id) {
    return q.choices().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Short answers match regardless of case, accents' encoding, surrounding spaces, doubled spaces
   * and a final full stop: "Pareto." and " pareto" are the same answer.
   */
  static String normalise(String text) {
    return normalise(text, false);
  }

  /** As {@link #normalise(String)}, keeping case for a case-sensitive gap. */
  static String normalise(String text, boolean caseSensitive) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    s = caseSensitive ? s : s.toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\s+", " ");
    return s.replaceAll("[.!?;,]+$", "").strip();
  }

  /**
   * Reads 3.5, 3,5 (Indonesian decimal comma), 1.250,5 and 1.250.000 style numbers; null if not a
   * number.
   */
  static Double number(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip().replace(" ", "");
    if (s.contains(",") && s.contains(".")) {
      s =
          s.lastIndexOf(',') > s.lastIndexOf('.')
              ? s.replace(".", "").replace(',', '.')
              : s.replace(",", "");
    } else if (s.matches("[-+]?\\d{1,3}([.,]\\d{3}){2,}")) {
      s = s.replace(".", "").replace(",", ""); // 1.250.000 or 1,250,000: thousands only
    } else if (s.contains(",")) {
      s = s.replace(',', '.');
    }
    try {
      double value = Double.parseDouble(s);
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
