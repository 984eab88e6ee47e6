package org.latih.assessment.question.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.InvalidQuestionException;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.TextFormat;

/**
 * Reads and writes Moodle's GIFT text format, the format of the starter courses' tests, so authors
 * can keep question banks in plain files and move them between Latih and Moodle.
 *
 * <p>Reading never guesses: a question that cannot be read exactly is reported with the line where
 * it starts and skipped, and the other questions still import. Choices made where GIFT is loose:
 *
 * <ul>
 *   <li>Questions are separated by blank lines; whole-line {@code //} comments are dropped, and
 *       {@code [tag:x]} in them tags the next question.
 *   <li>A line break inside a text is layout and becomes one space; {@code \n} is a real newline.
 *   <li>{@code {TRUE#a#b}} follows Moodle: {@code a} is shown for a wrong answer, {@code b} for the
 *       right one.
 *   <li>A choice question without {@code =} and with two or more positive weights is multiple
 *       response; otherwise it is single choice.
 *   <li>GIFT has no mark, so every question gets the default mark 1.
 *   <li>The {@code [html]}, {@code [markdown]}, {@code [plain]} or {@code [moodle]} marker at the
 *       start of the question text is the format of the whole question (its answers and feedback
 *       too); markers before answers or feedback are dropped. Export writes it back.
 * </ul>
 */
public final class GiftFormat {

  /** The blank put where the answers were in a missing-word question. */
  static final String BLANK = "_____";

  private static final double DEFAULT_MARK = 1;

  /** Characters a backslash escapes; each is held as a private-use character while parsing. */
  private static final String ESCAPABLE = "~=#{}:\\n";

  private static final char FIRST_PLACEHOLDER = '\uE001';

  private static final Pattern DIRECTIVE = Pattern.compile("^\\$([A-Za-z_]+):(.*)$");
  private static final Pattern TAG = Pattern.compile("\\[tag:([^\\]]+)\\]");
  private static final Pattern CLOZE = Pattern.compile("^\\d+:[A-Za-z_]+:");
  private static final Pattern FORMAT =
      Pattern.compile("^\\s*\\[(plain|markdown|html|moodle)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEIGHT = Pattern.compile("^\\s*%([^%]*)%");
  private static final String NUMBER = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
  private static final Pattern PERCENT = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern RANGE =
      Pattern.compile("^(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")$");
  private static final Pattern TOLERANCE =
      Pattern.compile("^(" + NUMBER + ")(?:\\s*:\\s*(" + NUMBER + "))?$");
  private static final Set<String> TRUE_WORDS = Set.of("T", "TRUE");
  private static final Set<String> FALSE_WORDS = Set.of("F", "FALSE");

  private GiftFormat() {}

  /** Reads a GIFT file; never throws for bad content, which comes back as problems. */
  public static ImportResult parse(String text) {
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    if (text == null) {
      return new ImportResult(questions, problems);
    }
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    String category = null;
    List<String> pendingTags = new ArrayList<>();
    int position = 0;
    int i = 0;
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      List<String> tags = new ArrayList<>(pendingTags);
      List<Integer> numbers = new ArrayList<>();
      List<String> body = new ArrayList<>();
      for (; i < lines.length && !lines[i].isBlank(); i++) {
        String line = lines[i].strip();
        if (line.startsWith("//")) {
          Matcher tag = TAG.matcher(line);
          while (tag.find()) {
            String name = tag.group(1).strip();
            if (!name.isEmpty() && !tags.contains(name)) {
              tags.add(name);
            }
          }
        } else {
          numbers.add(i + 1);
          body.add(lines[i]);
        }
      }
      Matcher directive = body.isEmpty() ? null : DIRECTIVE.matcher(body.get(0).strip());
      if (directive != null && directive.matches()) {
        if (!directive.group(1).equals("CATEGORY")) {
          problems.add(
              new SkippedQuestion("gift.unknownDirective", "$" + directive.group(1))
                  .at(numbers.get(0)));
        } else if (directive.group(2).isBlank()) {
          problems.add(new SkippedQuestion("gift.emptyCategory").at(numbers.get(0)));
        } else {
          category = category(directive.group(2));
        }
        body.remove(0);
        numbers.remove(0);
      }
      if (body.isEmpty()) {
        pendingTags = tags;
        continue;
      }
      pendingTags = new ArrayList<>();
      int start = numbers.get(0);
      // counted for skipped questions too, so skipping one never shifts the identity of the next
      position++;
      try {
        questions.add(
            new ImportedQuestion(
                category, question(String.join("\n", body)), start, tags, position, null));
      } catch (SkippedQuestion e) {
        problems.add(e.at(start));
      } catch (InvalidQuestionException e) {
        problems.add(ImportProblem.of(start, e.messageKey(), e.args()));
      }
    }
    return new ImportResult(questions, problems);
  }

  /**
   * A category path as Latih keeps it: Moodle's context prefix ({@code $course$/}) and its root
   * category {@code top/} are dropped, since they name Moodle's places, not the author's.
   */
  static String category(String raw) {
    String c = raw.strip().replaceFirst("^\\$[A-Za-z0-9_]+\\$/", "").replaceFirst("^top/", "");
    return c.isBlank() ? null : c.strip();
  }

  private static QuestionContent question(String block) {
    String t = encode(block).strip();
    String name = null;
    if (t.startsWith("::")) {
      int end = t.indexOf("::", 2);
      if (end < 0) {
        throw new SkippedQuestion("gift.unclosedTitle");
      }
      name = t.substring(2, end);
      t = t.substring(end + 2);
      if (name.indexOf('{') >= 0 || name.indexOf('}') >= 0) {
        throw new SkippedQuestion("gift.extraBraces");
      }
      name = clean(name);
    }
    // Moodle puts the marker at the start of the question text; it applies to the whole question
    Matcher marker = FORMAT.matcher(t);
    TextFormat format = marker.find() ? TextFormat.ofGift(marker.group(1)) : TextFormat.PLAIN;
    return question(name, t).withFormat(format);
  }

  private static QuestionContent question(String name, String t) {
    int open = t.indexOf('{');
    if (open < 0) {
      if (t.indexOf('}') >= 0) {
        throw new SkippedQuestion("gift.extraBraces");
      }
      // text without an answer block is Moodle's description item: shown, not graded
      String text = clean(t);
      if (text == null) {
        throw new SkippedQuestion("gift.noText");
      }
      return new QuestionContent(
          QuestionType.DESCRIPTION, name, text, null, null, null, null, DEFAULT_MARK);
    }
    int close = t.indexOf('}', open);
    if (close < 0) {
      throw new SkippedQuestion("gift.unclosedBrace");
    }
    String before = t.substring(0, open);
    String answers = t.substring(open + 1, close);
    String after = t.substring(close + 1);
    if (CLOZE.matcher(answers.strip()).find()) {
      throw new SkippedQuestion("gift.cloze");
    }
    if (before.indexOf('}') >= 0
        || answers.indexOf('{') >= 0
        || after.indexOf('{') >= 0
        || after.indexOf('}') >= 0) {
      throw new SkippedQuestion("gift.extraBraces");
    }
    if (!after.isBlank()
        && after.substring(0, after.length() - after.stripLeading().length()).contains("\n")) {
      throw new SkippedQuestion("gift.textAfterAnswers");
    }
    String text = clean(after.isBlank() ? before : before + BLANK + after);
    if (text == null) {
      throw new SkippedQuestion("gift.noText");
    }
    String generalFeedback = null;
    int general = answers.indexOf("####");
    if (general >= 0) {
      generalFeedback = clean(answers.substring(general + 4));
      answers = answers.substring(0, general);
    }
    return content(name, text, answers.strip(), generalFeedback);
  }

  private static QuestionContent content(
      String name, String text, String body, String generalFeedback) {
    if (body.isEmpty()) {
      return new QuestionContent(
          QuestionType.ESSAY, name, text, null, null, null, generalFeedback, DEFAULT_MARK);
    }
    if (body.startsWith("#")) {
      return new QuestionContent(
          QuestionType.NUMERIC,
          name,
          text,
          null,
          numbers(body.substring(1).strip()),
          null,
          generalFeedback,
          DEFAULT_MARK);
    }
    String[] trueFalse = body.split("#", -1);
    String word = trueFalse[0].strip();
    if (TRUE_WORDS.contains(word) || FALSE_WORDS.contains(word)) {
      if (trueFalse.length > 3) {
        throw new SkippedQuestion("gift.trueFalseFeedback");
      }
      String wrong = trueFalse.length > 1 ? clean(trueFalse[1]) : null;
      String right = trueFalse.length > 2 ? clean(trueFalse[2]) : null;
      return new QuestionContent(
          QuestionType.TRUE_FALSE,
          name,
          text,
          QuestionContent.TrueFalse.choices(TRUE_WORDS.contains(word), right, wrong),
          null,
          null,
          generalFeedback,
          DEFAULT_MARK);
    }
    List<String> parts = split(body);
    if (body.contains("->")) {
      List<MatchPair> pairs = new ArrayList<>();
      List<String> distractors = new ArrayList<>();
      pairs(parts, pairs, distractors);
      return new QuestionContent(
          QuestionType.MATCHING,
          name,
          text,
          null,
          null,
          pairs,
          generalFeedback,
          DEFAULT_MARK,
          distractors);
    }
    boolean anyWrong = parts.stream().anyMatch(p -> p.charAt(0) == '~');
    boolean anyRight = parts.stream().anyMatch(p -> p.charAt(0) == '=');
    List<Choice> choices = new ArrayList<>();
    for (String part : parts) {
      Answer a = answer(part);
      if (a.text == null) {
        throw new SkippedQuestion("gift.emptyAnswer");
      }
      double fraction = a.weight != null ? a.weight : a.right ? 1 : 0;
      choices.add(new Choice(id(choices.size()), a.text, fraction, a.feedback));
    }
    QuestionType type;
    if (!anyWrong) {
      type = QuestionType.SHORT_ANSWER;
    } else {
      long positive = choices.stream().filter(Choice::right).count();
      if (positive == 0) {
        throw new SkippedQuestion("gift.noRightAnswer");
      }
      type =
          !anyRight && positive >= 2 ? QuestionType.MULTIPLE_RESPONSE : QuestionType.SINGLE_CHOICE;
    }
    return new QuestionContent(
        type, name, text, choices, null, null, generalFeedback, DEFAULT_MARK);
  }

  /** Splits answers at each {@code =} or {@code ~}; text before the first one is an error. */
  private static List<String> split(String body) {
    List<String> parts = new ArrayList<>();
    int from = -1;
    for (int p = 0; p < body.length(); p++) {
      char c = body.charAt(p);
      if (c == '=' || c == '~') {
        if (from < 0 && !body.substring(0, p).isBlank()) {
          throw new SkippedQuestion("gift.badAnswers");
        }
        if (from >= 0) {
          parts.add(body.substring(from, p));
        }
        from = p;
      }
    }
    if (from < 0) {
      throw new SkippedQuestion("gift.badAnswers");
    }
    parts.add(body.substring(from));
    return parts;
  }

  private record Answer(boolean right, Double weight, String text, String feedback) {}

  /** One {@code =} or {@code ~} answer: its weight, text (null when empty) and feedback. */
  private static Answer answer(String part) {
    String rest = part.substring(1);
    Double weight = null;
    Matcher w = WEIGHT.matcher(rest);
    if (w.find()) {
      String percent = w.group(1).strip();
      if (!PERCENT.matcher(percent).matches()) {
        throw new SkippedQuestion("gift.badWeight", decode(percent));
      }
      weight = new BigDecimal(percent).movePointLeft(2).doubleValue();
      // out of -100..100 is refused by the answer itself, with its own message
      if (Math.abs(weight) <= 1 && !MoodleFractions.allowed(weight)) {
        throw new SkippedQuestion("question.badFraction", decode(percent));
      }
      rest = rest.substring(w.end());
    }
    String feedback = null;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      feedback = clean(rest.substring(hash + 1));
      rest = rest.substring(0, hash);
    }
    return new Answer(part.charAt(0) == '=', weight, clean(rest), feedback);
  }

  /** Reads {@code =prompt -> answer} pairs; {@code = -> answer} is a distractor. */
  private static void pairs(List<String> parts, List<MatchPair> pairs, List<String> distractors) {
    for (String part : parts) {
      int arrow = part.indexOf("->");
      if (part.charAt(0) != '='
          || arrow < 0
          || part.indexOf('#') >= 0
          || WEIGHT.matcher(part.substring(1)).find()) {
        throw new SkippedQuestion("gift.matchingSyntax");
      }
      String prompt = clean(part.substring(1, arrow));
      String answer = clean(part.substring(arrow + 2));
      if (prompt == null && answer != null) {
        distractors.add(answer);
      } else {
        pairs.add(new MatchPair(prompt, answer));
      }
    }
  }

  private static List<NumericAnswer> numbers(String body) {
    if (body.isEmpty()) {
      throw new SkippedQuestion("gift.notANumber", "");
    }
    // "{#3:2~#feedback}": a first answer without '=' is right, and '~' starts a wrong one
    List<String> parts = split(body.charAt(0) == '=' || body.charAt(0) == '~' ? body : "=" + body);
    List<NumericAnswer> numbers = new ArrayList<>();
    for (String part : parts) {
      Answer a = answer(part);
      String spec = a.text == null ? "" : a.text.strip();
      double fraction = a.weight != null ? a.weight : a.right ? 1 : 0;
      if (spec.equals("*") || (spec.isEmpty() && !a.right)) {
        // Moodle's catch-all: "=%50%*#..." or a bare "~#feedback" for any other number
        numbers.add(NumericAnswer.anyOther(fraction, a.feedback));
        continue;
      }
      Matcher range = RANGE.matcher(spec);
      Matcher tolerance = TOLERANCE.matcher(spec);
      if (range.matches()) {
        double low = Double.parseDouble(range.group(1));
        double high = Double.parseDouble(range.group(2));
        if (low > high) {
          throw new SkippedQuestion("gift.badRange", spec);
        }
        numbers.add(new NumericAnswer((low + high) / 2, (high - low) / 2, fraction, a.feedback));
      } else if (tolerance.matches()) {
        double value = Double.parseDouble(tolerance.group(1));
        double tol = tolerance.group(2) == null ? 0 : Double.parseDouble(tolerance.group(2));
        numbers.add(new NumericAnswer(value, tol, fraction, a.feedback));
      } else {
        throw new SkippedQuestion("gift.notANumber", spec);
      }
    }
    return numbers;
  }

  /** Choice ids in order: a, b, ..., z, then aa, ab, ... */
  static String id(int index) {
    return index < 26
        ? String.valueOf((char) ('a' + index))
        : id(index / 26 - 1) + (char) ('a' + index % 26);
  }

  /**
   * A text piece as stored: format marker dropped, line breaks of the file turned into spaces,
   * escapes resolved, trimmed; null when nothing is left.
   */
  private static String clean(String encoded) {
    String s = FORMAT.matcher(encoded).replaceFirst("");
    s = decode(s.replaceAll("\\s*\\n\\s*", " ").strip());
    return s.isBlank() ? null : s;
  }

  private static String encode(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = c == '\\' && i + 1 < s.length() ? ESCAPABLE.indexOf(s.charAt(i + 1)) : -1;
      if (k >= 0) {
        b.append((char) (FIRST_PLACEHOLDER + k));
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String decode(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = c - FIRST_PLACEHOLDER;
      if (k >= 0 && k < ESCAPABLE.length()) {
        char original = ESCAPABLE.charAt(k);
        b.append(original == 'n' ? '\n' : original);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Writes questions as GIFT that {@link #parse} reads back to equal content. GIFT cannot say a
   * question's mark (it reads back as 1) nor a multiple-response question with a single positive
   * option (it reads back as single choice). Cloze questions are left out with a comment naming
   * them: GIFT has no syntax for embedded answers.
   */
  public static String write(List<ImportedQuestion> questions) {
    StringBuilder out = new StringBuilder();
    String category = null;
    for (ImportedQuestion q : questions) {
      if (q.category() != null && !q.category().equals(category)) {
        category = q.category();
        out.append("$CATEGORY: ").append(category).append("\n\n");
      }
      QuestionContent c = q.content();
      if (c.type() == QuestionType.CLOZE) {
        // GIFT has no embedded answers (Moodle's GIFT export leaves them out too): say so in the
        // file, where whoever reads it will look for the missing question
        out.append("// cloze question not exported, GIFT cannot hold embedded answers: ")
            .append(c.name().replaceAll("\\s+", " "))
            .append("\n\n");
        continue;
      }
      for (String tag : q.tags()) {
        out.append("// [tag:").append(tag).append("]\n");
      }
      out.append("::").append(escape(c.name())).append(":: ");
      // a plain text that itself starts like a marker gets [plain], or it would read back as one
      if (c.format() != TextFormat.PLAIN || FORMAT.matcher(c.text()).find()) {
        out.append('[').append(c.format().gift()).append(']');
      }
      out.append(escape(c.text()));
      if (c.type() == QuestionType.DESCRIPTION) {
        out.append("\n\n");
        continue;
      }
      out.append(" {").append(answers(c));
      if (c.generalFeedback() != null) {
        out.append("####").append(escape(c.generalFeedback()));
      }
      out.append("}\n\n");
    }
    return out.toString();
  }

  private static String answers(QuestionContent c) {
    StringBuilder b = new StringBuilder();
    switch (c.type()) {
      case ESSAY, DESCRIPTION -> {}
      case TRUE_FALSE -> {
        Choice right = c.choices().stream().filter(Choice::right).findFirst().orElseThrow();
        Choice wrong = c.choices().stream().filter(x -> !x.right()).findFirst().orElseThrow();
        b.append(right.id().equals(QuestionContent.TrueFalse.TRUE) ? "TRUE" : "FALSE");
        if (wrong.feedback() != null || right.feedback() != null) {
          b.append('#').append(escape(wrong.feedback()));
        }
        if (right.feedback() != null) {
          b.append('#').append(escape(right.feedback()));
        }
      }
      case SINGLE_CHOICE, MULTIPLE_RESPONSE, SHORT_ANSWER -> {
        // single choice: exactly the first right option gets '=' so the question has both an '='
        // and a '~' (all '=' would read as short answer, no '=' possibly as multiple response)
        Choice first = c.choices().stream().filter(Choice::right).findFirst().orElse(null);
        for (Choice choice : c.choices()) {
          boolean equals =
              c.type() == QuestionType.SHORT_ANSWER
                  || (c.type() == QuestionType.SINGLE_CHOICE && choice == first);
          double plain = equals ? 1 : 0;
          b.append(' ').append(equals ? '=' : '~');
          if (choice.fraction() != plain || choice.text().startsWith("%")) {
            b.append('%').append(percent(choice.fraction())).append('%');
          }
          b.append(escape(choice.text()));
          if (choice.feedback() != null) {
            b.append('#').append(escape(choice.feedback()));
          }
        }
        b.append(' ');
      }
      case NUMERIC -> {
        b.append('#');
        for (NumericAnswer n : c.numbers()) {
          b.append(" =");
          if (n.fraction() != 1) {
            b.append('%').append(percent(n.fraction())).append('%');
          }
          if (n.any()) {
            b.append('*');
          } else {
            b.append(plain(n.value())).append(':').append(plain(n.tolerance()));
          }
          if (n.feedback() != null) {
            b.append('#').append(escape(n.feedback()));
          }
        }
        b.append(' ');
      }
      case MATCHING -> {
        for (MatchPair p : c.pairs()) {
          b.append(" =").append(escape(p.prompt())).append(" -> ").append(escape(p.answer()));
        }
        for (String d : c.distractors()) {
          b.append(" = -> ").append(escape(d));
        }
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** A fraction as the percentage that reads back to exactly the same double. */
  private static String percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        b.append("\\n");
      } else {
        if ("~=#{}:\\".indexOf(c) >= 0) {
          b.append('\\');
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
