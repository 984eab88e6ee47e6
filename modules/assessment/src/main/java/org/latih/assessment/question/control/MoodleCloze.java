package org.latih.assessment.question.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;

/**
 * Reads Moodle's embedded-answer (cloze) syntax out of a question text: each {@code
 * {weight:TYPE:answers}} becomes a {@link Gap} and its place in the text the marker {@code {#n}},
 * numbered in order of appearance, as Moodle itself stores them. Answers are separated by {@code
 * ~}, start with {@code =} (right) or {@code %50%} (a share of the gap's weight), may end with
 * {@code #feedback}, and escape {@code \}}, {@code \~}, {@code \#}, {@code \/}, {@code \"} and
 * {@code \\}. A gap that cannot be read exactly is refused with the question, never guessed.
 */
final class MoodleCloze {

  /** The start of a gap: optional weight, a colon, a type name and a colon. */
  private static final Pattern HEAD = Pattern.compile("\\{(\\d{0,3}):([A-Za-z_]{1,20}):");

  private static final Pattern PERCENT = Pattern.compile("%(-?\\d{1,3}(?:\\.\\d+)?)%");

  /** Moodle's type names and short forms, for the kinds Latih grades. */
  private static final Map<String, Gap.Kind> KINDS =
      Map.ofEntries(
          Map.entry("SHORTANSWER", Gap.Kind.SHORT_ANSWER),
          Map.entry("SA", Gap.Kind.SHORT_ANSWER),
          Map.entry("MW", Gap.Kind.SHORT_ANSWER),
          Map.entry("SHORTANSWER_C", Gap.Kind.SHORT_ANSWER),
          Map.entry("SAC", Gap.Kind.SHORT_ANSWER),
          Map.entry("MWC", Gap.Kind.SHORT_ANSWER),
          Map.entry("NUMERICAL", Gap.Kind.NUMERIC),
          Map.entry("NM", Gap.Kind.NUMERIC),
          Map.entry("MULTICHOICE", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MC", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MULTICHOICE_V", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MCV", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MULTICHOICE_H", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MCH", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MULTICHOICE_S", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MCS", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MULTICHOICE_VS", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MCVS", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MULTICHOICE_HS", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MCHS", Gap.Kind.MULTIPLE_CHOICE),
          Map.entry("MULTIRESPONSE", Gap.Kind.MULTIPLE_RESPONSE),
          Map.entry("MR", Gap.Kind.MULTIPLE_RESPONSE),
          Map.entry("MULTIRESPONSE_H", Gap.Kind.MULTIPLE_RESPONSE),
          Map.entry("MRH", Gap.Kind.MULTIPLE_RESPONSE),
          Map.entry("MULTIRESPONSE_S", Gap.Kind.MULTIPLE_RESPONSE),
          Map.entry("MRS", Gap.Kind.MULTIPLE_RESPONSE),
          Map.entry("MULTIRESPONSE_HS", Gap.Kind.MULTIPLE_RESPONSE),
          Map.entry("MRHS", Gap.Kind.MULTIPLE_RESPONSE));

  private MoodleCloze() {}

  /**
   * A cloze question from Moodle's text.
   *
   * @param mark the question's mark as the file gives it; null for the sum of the gaps' weights
   * @param label what problems call the question
   */
  static QuestionContent content(
      String name, String text, String generalFeedback, Double mark, String label) {
    if (text == null) {
      throw new SkippedQuestion("moodleXml.clozeEmpty", label);
    }
    List<Gap> gaps = new ArrayList<>();
    StringBuilder marked = new StringBuilder();
    Matcher head = HEAD.matcher(text);
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '{' || !head.region(i, text.length()).lookingAt()) {
        marked.append(text.charAt(i++));
        continue;
      }
      int end = closing(text, head.end());
      String whole = text.substring(i, end < 0 ? Math.min(text.length(), i + 60) : end + 1);
      int number = gaps.size() + 1;
      if (end < 0) {
        throw new SkippedQuestion("moodleXml.clozeSyntax", label, number, whole);
      }
      gaps.add(gap(number, head.group(1), head.group(2), text.substring(head.end(), end), label));
      marked.append(Gap.marker(number));
      i = end + 1;
    }
    if (gaps.isEmpty()) {
      throw new SkippedQuestion("moodleXml.clozeEmpty", label);
    }
    double weights = gaps.stream().mapToDouble(Gap::weight).sum();
    return QuestionContent.cloze(
        name, marked.toString(), gaps, generalFeedback, mark == null ? weights : mark);
  }

  /** The index of the unescaped brace closing a gap, or -1. */
  private static int closing(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '}') {
        return i;
      } else if (c == '{') {
        return -1; // a gap never holds another; the author forgot to close this one
      }
    }
    return -1;
  }

  private static Gap gap(int number, String weight, String type, String body, String label) {
    String name = type.toUpperCase(Locale.ROOT);
    Gap.Kind kind = KINDS.get(name);
    if (kind == null) {
      throw new SkippedQuestion("moodleXml.clozeType", label, number, type);
    }
    int w = weight.isEmpty() ? 1 : Integer.parseInt(weight);
    if (w < 1) {
      throw new SkippedQuestion("moodleXml.clozeWeight", label, number, weight);
    }
    List<Choice> choices = new ArrayList<>();
    List<NumericAnswer> numbers = new ArrayList<>();
    for (String part : split(body, '~')) {
      Answer a = answer(part, number, label);
      if (a == null) {
        continue;
      }
      if (kind == Gap.Kind.NUMERIC) {
        numbers.add(number(a, number, label));
      } else {
        choices.add(new Choice(GiftFormat.id(choices.size()), a.text, a.fraction, a.feedback));
      }
    }
    boolean caseSensitive = Set.of("SHORTANSWER_C", "SAC", "MWC").contains(name);
    // MC, MCV, MCHS, MULTICHOICE_VS, MRH...: V vertical, H horizontal, S shuffled
    String variant =
        name.contains("_")
            ? name.substring(name.indexOf('_') + 1)
            : name.startsWith("MC") || name.startsWith("MR") ? name.substring(2) : "";
    Gap.Layout layout =
        variant.contains("V")
            ? Gap.Layout.VERTICAL
            : variant.contains("H") ? Gap.Layout.HORIZONTAL : Gap.Layout.DROPDOWN;
    boolean shuffle = variant.contains("S");
    return new Gap(number, kind, w, caseSensitive, layout, shuffle, choices, numbers);
  }

  /**
   * The question's text with Moodle's embedded answers in place of its markers: what {@link
   * #content} reads back to the same gaps.
   */
  static String write(QuestionContent c) {
    String text = c.text();
    for (Gap g : c.gaps()) {
      text = text.replace(g.marker(), embedded(g));
    }
    return text;
  }

  private static String embedded(Gap g) {
    List<String> answers = new ArrayList<>();
    for (Choice choice : g.choices()) {
      answers.add(
          fraction(choice.fraction()) + escape(choice.text()) + feedback(choice.feedback()));
    }
    for (NumericAnswer n : g.numbers()) {
      String value =
          n.any()
              ? "*"
              : BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString()
                  + ":"
                  + BigDecimal.valueOf(n.tolerance()).stripTrailingZeros().toPlainString();
      answers.add(fraction(n.fraction()) + value + feedback(n.feedback()));
    }
    return "{"
        + BigDecimal.valueOf(g.weight()).stripTrailingZeros().toPlainString()
        + ":"
        + typeName(g)
        + ":"
        + String.join("~", answers)
        + "}";
  }

  /** The Moodle type name that {@link #gap} reads back to this kind, layout and shuffle. */
  private static String typeName(Gap g) {
    String layout =
        g.layout() == Gap.Layout.VERTICAL && g.kind() == Gap.Kind.MULTIPLE_CHOICE
            ? "V"
            : g.layout() == Gap.Layout.HORIZONTAL ? "H" : "";
    String variant = layout + (g.shuffle() ? "S" : "");
    return switch (g.kind()) {
      case SHORT_ANSWER -> g.caseSensitive() ? "SHORTANSWER_C" : "SHORTANSWER";
      case NUMERIC -> "NUMERICAL";
      case MULTIPLE_CHOICE -> "MULTICHOICE" + (variant.isEmpty() ? "" : "_" + variant);
      case MULTIPLE_RESPONSE -> "MULTIRESPONSE" + (variant.isEmpty() ? "" : "_" + variant);
    };
  }

  private static String fraction(double fraction) {
    return fraction == 1
        ? "="
        : "%"
            + BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString()
            + "%";
  }

  private static String feedback(String feedback) {
    return feedback == null ? "" : "#" + escape(feedback);
  }

  /** Every character {@link #unescape} resolves, so an answer reads back exactly as it was. */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("}~#/\"\\{:%=".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** One answer as written: its fraction, unescaped text and feedback. */
  private record Answer(double fraction, String text, String feedback) {}

  private static Answer answer(String part, int number, String label) {
    String s = part.strip();
    double fraction = 0;
    if (s.startsWith("=")) {
      fraction = 1;
      s = s.substring(1);
    } else if (s.startsWith("%")) {
      Matcher m = PERCENT.matcher(s);
      if (!m.lookingAt()) {
        throw new SkippedQuestion("moodleXml.clozeSyntax", label, number, part);
      }
      fraction = new BigDecimal(m.group(1)).movePointLeft(2).doubleValue();
      if (Math.abs(fraction) > 1) {
        throw new SkippedQuestion("moodleXml.clozeSyntax", label, number, part);
      }
      s = s.substring(m.end());
    }
    List<String> pieces = split(s, '#');
    String text = unescape(pieces.get(0)).strip();
    String feedback =
        pieces.size() > 1
            ? unescape(String.join("#", pieces.subList(1, pieces.size()))).strip()
            : null;
    if (text.isEmpty()) {
      return null; // Moodle drops blank answers too
    }
    return new Answer(fraction, text, feedback);
  }

  /** {@code 3.14:0.01}, {@code 3.14} or Moodle's catch-all {@code *}. */
  private static NumericAnswer number(Answer a, int number, String label) {
    if (a.text.equals("*")) {
      return NumericAnswer.anyOther(a.fraction, a.feedback);
    }
    int colon = a.text.indexOf(':');
    String value = colon < 0 ? a.text : a.text.substring(0, colon);
    String tolerance = colon < 0 ? "0" : a.text.substring(colon + 1);
    try {
      return new NumericAnswer(
          new BigDecimal(value.strip()).doubleValue(),
          new BigDecimal(tolerance.strip()).doubleValue(),
          a.fraction,
          a.feedback);
    } catch (NumberFormatException e) {
      throw new SkippedQuestion("moodleXml.clozeNumber", label, number, a.text);
    }
  }

  /** Splits at each unescaped separator, keeping escapes for {@link #unescape}. */
  private static List<String> split(String s, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        part.append(c).append(s.charAt(++i));
      } else if (c == separator) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /**
   * Resolves Moodle's escapes, and the few HTML entities an editor writes in an HTML text: an
   * answer is compared with what a learner types and shown as plain text.
   */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && "}~#/\"\\{:%=".indexOf(s.charAt(i + 1)) >= 0) {
        out.append(s.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString()
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
