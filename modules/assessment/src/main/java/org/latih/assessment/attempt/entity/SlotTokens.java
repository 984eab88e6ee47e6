package org.latih.assessment.attempt.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.Response;

/**
 * Translates a slot's answers between what the learner sees (tokens) and what the author wrote
 * (choice ids, matching answers by their text). True/false options keep their ids {@code true} and
 * {@code false}: they are the option's meaning, not a key. A cloze question's choice gaps share the
 * slot's tokens, keyed {@code gap.choiceId}, and its answers name them by gap number. Slots from
 * before tokens translate to themselves.
 */
public record SlotTokens(QuestionContent content, SlotOptions options) {

  /** The key prefix of a matching distractor: {@code d0} is the question's first distractor. */
  static final String DISTRACTOR = "d";

  /** An option as the learner is shown it: its token and its text. */
  public record Shown(String id, String text) {}

  private boolean tokened() {
    return options.keysByToken().entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(e.getValue()));
  }

  private boolean matching() {
    return content.type() == QuestionType.MATCHING;
  }

  private boolean choosing() {
    return content.type() == QuestionType.SINGLE_CHOICE
        || content.type() == QuestionType.MULTIPLE_RESPONSE;
  }

  /** The choice options, or for matching the answers to pick from, in the order shown. */
  public List<Shown> shown() {
    if (matching()) {
      // before tokens a matching answer was picked by its text
      return options.keysByToken().entrySet().stream()
          .map(e -> answer(e.getValue()))
          .distinct()
          .map(text -> new Shown(tokened() ? options.token(indexOf(text)) : text, text))
          .toList();
    }
    if (choosing()) {
      return options.keysByToken().entrySet().stream()
          .map(e -> new Shown(e.getKey(), choiceText(e.getValue())))
          .toList();
    }
    if (content.type() == QuestionType.TRUE_FALSE) {
      return content.choices().stream().map(c -> new Shown(c.id(), c.text())).toList();
    }
    return List.of();
  }

  /** A cloze question's choice gap's options in the order shown, each under its token. */
  public List<Shown> gapOptions(Gap gap) {
    String prefix = gap.number() + ".";
    return options.keysByToken().entrySet().stream()
        .filter(e -> e.getValue().startsWith(prefix))
        .map(
            e ->
                new Shown(
                    e.getKey(),
                    gap.choice(e.getValue().substring(prefix.length()))
                        .map(c -> c.text())
                        .orElseThrow()))
        .toList();
  }

  /** The token a cloze gap's option is shown under. */
  public String gapToken(Gap gap, String choiceId) {
    return options.token(gapKey(gap, choiceId));
  }

  private static String gapKey(Gap gap, String choiceId) {
    return gap.number() + "." + choiceId;
  }

  private boolean cloze() {
    return content.type() == QuestionType.CLOZE;
  }

  /**
   * A cloze response with each choice gap's token turned into the author's choice id (or back): a
   * token names an option of its own gap only, and a blank value is a gap left empty.
   */
  private Response clozeResponse(Response r, boolean fromLearner) {
    Map<String, String> matches = new LinkedHashMap<>();
    r.matches()
        .forEach(
            (number, value) -> {
              Gap gap = choiceGap(number);
              if (value == null || value.isBlank()) {
                return;
              }
              if (gap == null) {
                matches.put(number, value);
              } else {
                // a multiple-response gap names several options, joined by commas
                List<String> picks =
                    Gap.picks(value).stream()
                        .map(v -> fromLearner ? choiceOf(gap, v) : gapToken(gap, v))
                        .toList();
                matches.put(number, String.join(",", picks));
              }
            });
    return new Response(r.choices(), r.text(), matches);
  }

  /** The author's choice id a token of this gap stands for; a token of another gap is unknown. */
  private String choiceOf(Gap gap, String token) {
    String key = keyOf(token);
    if (!key.startsWith(gap.number() + ".")) {
      throw new UnknownOptionException(token);
    }
    return key.substring(key.indexOf('.') + 1);
  }

  private Gap choiceGap(String number) {
    return content.gaps().stream()
        .filter(g -> String.valueOf(g.number()).equals(number))
        .filter(g -> g.kind().choosing())
        .findFirst()
        .orElse(null);
  }

  public Response toAuthor(Response sent) {
    if (!tokened() || sent == null) {
      return sent;
    }
    if (cloze()) {
      return clozeResponse(sent, true);
    }
    if (choosing()) {
      return new Response(
          sent.choices().stream().map(this::keyOf).toList(), sent.text(), sent.matches());
    }
    if (matching()) {
      Map<String, String> matches = new LinkedHashMap<>();
      sent.matches().forEach((prompt, token) -> matches.put(prompt, answer(keyOf(token))));
      return new Response(sent.choices(), sent.text(), matches);
    }
    return sent;
  }

  public Response toLearner(Response saved) {
    if (!tokened() || saved == null) {
      return saved;
    }
    if (cloze()) {
      return clozeResponse(saved, false);
    }
    if (choosing()) {
      return new Response(
          saved.choices().stream().map(options::token).toList(), saved.text(), saved.matches());
    }
    if (matching()) {
      Map<String, String> matches = new LinkedHashMap<>();
      saved.matches().forEach((prompt, text) -> matches.put(prompt, options.token(indexOf(text))));
      return new Response(saved.choices(), saved.text(), matches);
    }
    return saved;
  }

  /** The author's ids as the learner's tokens, for the right answers of a review. */
  public List<String> tokensOf(List<String> keys) {
    return keys.stream().map(options::token).toList();
  }

  private String keyOf(String token) {
    return options.key(token).orElseThrow(() -> new UnknownOptionException(token));
  }

  private String answer(String key) {
    return key.startsWith(DISTRACTOR)
        ? content.distractors().get(Integer.parseInt(key.substring(DISTRACTOR.length())))
        : content.pairs().get(Integer.parseInt(key)).answer();
  }

  /** The key of the offered answer with this text: the first pair or distractor that has it. */
  private String indexOf(String text) {
    List<MatchPair> pairs = content.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).answer().equals(text)
          && options.keysByToken().containsValue(String.valueOf(i))) {
        return String.valueOf(i);
      }
    }
    for (int i = 0; i < content.distractors().size(); i++) {
      if (content.distractors().get(i).equals(text)
          && options.keysByToken().containsValue(DISTRACTOR + i)) {
        return DISTRACTOR + i;
      }
    }
    return text;
  }

  private String choiceText(String id) {
    return content.choices().stream()
        .filter(c -> c.id().equals(id))
        .map(c -> c.text())
        .findFirst()
        .orElseThrow();
  }
}
