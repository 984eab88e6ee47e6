package org.latih.assessment.question.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Question content and responses as JSON (JSON-P), with stable field names so stored versions and
 * attempts stay readable:
 *
 * <pre>
 * {"type":"SINGLE_CHOICE","name":"...","text":"...",
 *  "choices":[{"id":"a","text":"...","fraction":1.0,"feedback":"..."}],
 *  "numbers":[{"value":3.5,"tolerance":0.1,"fraction":1.0,"feedback":"..."},
 *             {"value":0,"tolerance":0,"fraction":0.0,"feedback":"...","any":true}],
 *  "pairs":[{"prompt":"...","answer":"..."}],"distractors":["..."],
 *  "gaps":[{"number":1,"kind":"SHORT_ANSWER","weight":2.0,"caseSensitive":true,
 *           "choices":[...]},
 *          {"number":2,"kind":"NUMERIC","weight":1.0,"numbers":[...]},
 *          {"number":3,"kind":"MULTIPLE_CHOICE","weight":1.0,"layout":"DROPDOWN",
 *           "shuffle":true,"choices":[...]}],
 *  "generalFeedback":"...","defaultMark":1.0,"format":"HTML"}
 *
 * {"choices":["a","b"],"text":"...","matches":{"0":"...","1":"..."}}
 * </pre>
 *
 * A {@code CLOZE} question's text holds one marker {@code {#n}} where gap {@code n} goes: plain
 * text that survives HTML sanitising, which the learner's page replaces with an input by walking
 * the text nodes. Its response keys gaps by number in {@code matches}: {@code {"1":"Jakarta",
 * "2":"3.14","3":"<option token>"}}.
 *
 * <p>Null fields and empty lists are left out, and so is {@code format} when it is {@code PLAIN},
 * so rows stored before formats existed read back unchanged. Reading malformed JSON or a field of
 * the wrong kind is refused with {@code question.json}, an unknown type with {@code question.type};
 * content that parses but cannot be graded is refused by {@link QuestionContent} with its own key.
 */
public final class QuestionJson {

  /**
   * Looked up once: {@code Json.createX} finds the provider through the ServiceLoader on every
   * call, which under load was half the CPU of an answer save and kept threads waiting on the jar.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String INVALID = "question.json";

  private QuestionJson() {}

  public static String write(QuestionContent q) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("type", q.type().name());
    json.add("name", q.name()).add("text", q.text());
    if (!q.choices().isEmpty()) {
      json.add("choices", choices(q.choices()));
    }
    if (!q.numbers().isEmpty()) {
      json.add("numbers", numbers(q.numbers()));
    }
    if (!q.pairs().isEmpty()) {
      JsonArrayBuilder pairs = JSON.createArrayBuilder();
      for (MatchPair p : q.pairs()) {
        pairs.add(JSON.createObjectBuilder().add("prompt", p.prompt()).add("answer", p.answer()));
      }
      json.add("pairs", pairs);
    }
    if (!q.distractors().isEmpty()) {
      JsonArrayBuilder distractors = JSON.createArrayBuilder();
      q.distractors().forEach(distractors::add);
      json.add("distractors", distractors);
    }
    if (!q.gaps().isEmpty()) {
      JsonArrayBuilder gaps = JSON.createArrayBuilder();
      q.gaps().forEach(g -> gaps.add(gap(g)));
      json.add("gaps", gaps);
    }
    optional(json, "generalFeedback", q.generalFeedback());
    json.add("defaultMark", q.defaultMark());
    if (q.format() != TextFormat.PLAIN) {
      json.add("format", q.format().name());
    }
    return json.build().toString();
  }

  private static JsonObjectBuilder gap(Gap g) {
    JsonObjectBuilder gap =
        JSON.createObjectBuilder()
            .add("number", g.number())
            .add("kind", g.kind().name())
            .add("weight", g.weight());
    if (g.caseSensitive()) {
      gap.add("caseSensitive", true);
    }
    if (g.layout() != null) {
      gap.add("layout", g.layout().name());
    }
    if (g.shuffle()) {
      gap.add("shuffle", true);
    }
    if (!g.choices().isEmpty()) {
      gap.add("choices", choices(g.choices()));
    }
    if (!g.numbers().isEmpty()) {
      gap.add("numbers", numbers(g.numbers()));
    }
    return gap;
  }

  private static JsonArrayBuilder choices(List<Choice> list) {
    JsonArrayBuilder choices = JSON.createArrayBuilder();
    for (Choice c : list) {
      JsonObjectBuilder choice =
          JSON.createObjectBuilder()
              .add("id", c.id())
              .add("text", c.text())
              .add("fraction", c.fraction());
      optional(choice, "feedback", c.feedback());
      choices.add(choice);
    }
    return choices;
  }

  private static JsonArrayBuilder numbers(List<NumericAnswer> list) {
    JsonArrayBuilder numbers = JSON.createArrayBuilder();
    for (NumericAnswer n : list) {
      JsonObjectBuilder number =
          JSON.createObjectBuilder()
              .add("value", n.value())
              .add("tolerance", n.tolerance())
              .add("fraction", n.fraction());
      optional(number, "feedback", n.feedback());
      if (n.any()) {
        number.add("any", true);
      }
      numbers.add(number);
    }
    return numbers;
  }

  public static QuestionContent read(String json) {
    JsonObject o = parse(json);
    String typeName = string(o, "type");
    if (typeName == null) {
      throw new InvalidQuestionException(INVALID, "type");
    }
    QuestionType type;
    try {
      type = QuestionType.valueOf(typeName.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQuestionException("question.type", typeName);
    }
    List<Choice> choices = choices(o);
    List<NumericAnswer> numbers = numbers(o);
    List<MatchPair> pairs =
        list(o, "pairs", p -> new MatchPair(string(p, "prompt"), string(p, "answer")));
    return new QuestionContent(
        type,
        string(o, "name"),
        string(o, "text"),
        choices,
        numbers,
        pairs,
        string(o, "generalFeedback"),
        number(o, "defaultMark", 1.0),
        strings(o, "distractors"),
        format(string(o, "format")),
        list(o, "gaps", QuestionJson::gap));
  }

  private static TextFormat format(String name) {
    if (name == null) {
      return TextFormat.PLAIN;
    }
    try {
      return TextFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQuestionException("question.format", name);
    }
  }

  private static List<Choice> choices(JsonObject o) {
    return list(
        o,
        "choices",
        c ->
            new Choice(
                string(c, "id"),
                string(c, "text"),
                number(c, "fraction", null),
                string(c, "feedback")));
  }

  private static List<NumericAnswer> numbers(JsonObject o) {
    return list(
        o,
        "numbers",
        n ->
            new NumericAnswer(
                flag(n, "any") ? 0.0 : number(n, "value", null),
                number(n, "tolerance", 0.0),
                number(n, "fraction", null),
                string(n, "feedback"),
                flag(n, "any")));
  }

  private static Gap gap(JsonObject g) {
    double number = number(g, "number", null);
    if (number != Math.rint(number) || number < 1 || number > 9999) {
      throw new InvalidQuestionException(INVALID, "gaps.number");
    }
    return new Gap(
        (int) number,
        constant(Gap.Kind.class, string(g, "kind"), "gaps.kind"),
        number(g, "weight", 1.0),
        flag(g, "caseSensitive"),
        string(g, "layout") == null
            ? null
            : constant(Gap.Layout.class, string(g, "layout"), "gaps.layout"),
        flag(g, "shuffle"),
        choices(g),
        numbers(g));
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
    if (name == null) {
      throw new InvalidQuestionException(INVALID, field);
    }
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQuestionException(INVALID, field);
    }
  }

  public static String write(Response r) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (!r.choices().isEmpty()) {
      JsonArrayBuilder choices = JSON.createArrayBuilder();
      r.choices().forEach(choices::add);
      json.add("choices", choices);
    }
    optional(json, "text", r.text());
    if (!r.matches().isEmpty()) {
      JsonObjectBuilder matches = JSON.createObjectBuilder();
      // sorted so the same response always gives the same text
      new TreeMap<>(r.matches()).forEach(matches::add);
      json.add("matches", matches);
    }
    return json.build().toString();
  }

  public static Response readResponse(String json) {
    JsonObject o = parse(json);
    List<String> choices = new ArrayList<>();
    JsonArray array = array(o, "choices");
    if (array != null) {
      for (JsonValue v : array) {
        if (!(v instanceof JsonString s)) {
          throw new InvalidQuestionException(INVALID, "choices");
        }
        choices.add(s.getString());
      }
    }
    Map<String, String> matches = new LinkedHashMap<>();
    JsonValue m = o.get("matches");
    if (m != null && m.getValueType() != JsonValue.ValueType.NULL) {
      if (!(m instanceof JsonObject object)) {
        throw new InvalidQuestionException(INVALID, "matches");
      }
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        if (!(e.getValue() instanceof JsonString s)) {
          throw new InvalidQuestionException(INVALID, "matches." + e.getKey());
        }
        matches.put(e.getKey(), s.getString());
      }
    }
    return new Response(choices, string(o, "text"), matches);
  }

  private static JsonObject parse(String json) {
    if (json == null) {
      throw new InvalidQuestionException(INVALID, "null");
    }
    try (JsonParser parser = JSON.createParser(new StringReader(json))) {
      if (!parser.hasNext()) {
        throw new InvalidQuestionException(INVALID, "empty");
      }
      JsonParser.Event first = parser.next();
      if (first != JsonParser.Event.START_OBJECT) {
        throw new InvalidQuestionException(INVALID, first.name());
      }
      JsonObject o = parser.getObject();
      if (parser.hasNext()) { // a reader would silently ignore text after the object
        throw new InvalidQuestionException(INVALID, "trailing " + parser.next().name());
      }
      return o;
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw new InvalidQuestionException(INVALID, String.valueOf(e.getMessage()));
    }
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  /** A string field, null when absent or JSON null; any other kind is refused. */
  private static String string(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidQuestionException(INVALID, name);
  }

  /** A boolean field, false when absent or null; any other kind is refused. */
  private static boolean flag(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    if (v.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (v.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw new InvalidQuestionException(INVALID, name);
  }

  /** A number field; absent or null gives the default, or is refused when there is none. */
  private static double number(JsonObject o, String name, Double absent) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (absent == null) {
        throw new InvalidQuestionException(INVALID, name);
      }
      return absent;
    }
    if (v instanceof JsonNumber n) {
      return n.doubleValue();
    }
    throw new InvalidQuestionException(INVALID, name);
  }

  private static JsonArray array(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonArray a) {
      return a;
    }
    throw new InvalidQuestionException(INVALID, name);
  }

  private static List<String> strings(JsonObject o, String name) {
    JsonArray array = array(o, name);
    List<String> list = new ArrayList<>();
    if (array != null) {
      for (JsonValue v : array) {
        if (!(v instanceof JsonString s)) {
          throw new InvalidQuestionException(INVALID, name);
        }
        list.add(s.getString());
      }
    }
    return list;
  }

  private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> element) {
    JsonArray array = array(o, name);
    List<T> list = new ArrayList<>();
    if (array != null) {
      for (JsonValue v : array) {
        if (!(v instanceof JsonObject object)) {
          throw new InvalidQuestionException(INVALID, name);
        }
        list.add(element.apply(object));
      }
    }
    return list;
  }
}
