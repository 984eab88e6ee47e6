package org.latih.evaluation.form.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.latih.api.forms.FormDefinition;
import org.latih.evaluation.form.entity.FormJson;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/**
 * Checks a form built in the browser field by field before the forms api's own checks see it, so
 * the admin learns about every mistake at once, in their language, with the place it is in (such as
 * {@code sections[1].items[0].options}); the api's checks would stop at the first, in English.
 */
public final class FormCheck {

  static final int MAX_SECTIONS = 20;
  static final int MAX_ITEMS = 100;
  static final int MAX_TEXT = 1000;
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Set<String> AUDIENCES =
      Set.of("PARTICIPANT", "SUPERVISOR", "INSTRUCTOR", "ORGANISER");
  private static final Set<String> TIMINGS =
      Set.of("COURSE_END", "PER_SESSION", "AFTER_COMPLETION");
  private static final Set<String> KINDS =
      Set.of("LIKERT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "NUMBER", "TEXT");

  private final List<FieldProblem> problems = new ArrayList<>();

  private FormCheck() {}

  /** The definition, numbered {@code version}, or every problem found in it. */
  public static FormDefinition definition(JsonObject draft, int version) {
    if (draft == null) {
      throw new InvalidInputException("definition", "body.missing");
    }
    FormCheck check = new FormCheck();
    check.form(draft);
    if (!check.problems.isEmpty()) {
      throw new InvalidInputException(check.problems);
    }
    try {
      return FormJson.read(draft, version);
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      // a rule this check does not know: the api's own words are better than nothing
      throw new InvalidInputException("definition", "evaluation.form.invalid", e.getMessage());
    }
  }

  private void form(JsonObject draft) {
    String id = text(draft, "id");
    if (id == null || id.length() > 80 || !KEBAB.matcher(id).matches()) {
      problems.add(new FieldProblem("id", "evaluation.form.id", String.valueOf(id)));
    }
    checkText(draft, "title", "title", 200, "evaluation.form.title");
    checkText(draft, "description", "description", MAX_TEXT, null);
    if (!known(AUDIENCES, text(draft, "audience"))) {
      problems.add(new FieldProblem("audience", "evaluation.form.audience"));
    }
    JsonObject timing = object(draft, "timing");
    String kind = timing == null ? null : text(timing, "kind");
    if (!known(TIMINGS, kind)) {
      problems.add(new FieldProblem("timing.kind", "evaluation.form.timing"));
    } else if ("AFTER_COMPLETION".equals(kind)) {
      int days = number(timing, "daysAfter");
      if (days < 1 || days > 730) {
        problems.add(new FieldProblem("timing.daysAfter", "evaluation.form.days", days));
      }
    }
    List<JsonObject> sections = objects(draft, "sections");
    if (sections.isEmpty() || sections.size() > MAX_SECTIONS) {
      problems.add(new FieldProblem("sections", "evaluation.form.sections", MAX_SECTIONS));
    }
    Set<String> itemIds = new HashSet<>();
    int count = 0;
    for (int s = 0; s < sections.size(); s++) {
      String at = "sections[" + s + "]";
      checkText(
          sections.get(s), "title", at + ".title", 200, "evaluation.form.sectionTitle", s + 1);
      List<JsonObject> items = objects(sections.get(s), "items");
      if (items.isEmpty()) {
        problems.add(new FieldProblem(at + ".items", "evaluation.form.noItems", s + 1));
      }
      for (int i = 0; i < items.size(); i++) {
        item(items.get(i), at + ".items[" + i + "]", itemIds, s + 1, i + 1);
      }
      count += items.size();
    }
    if (count > MAX_ITEMS) {
      problems.add(new FieldProblem("sections", "evaluation.form.tooManyItems", MAX_ITEMS));
    }
  }

  private void item(JsonObject item, String at, Set<String> ids, int section, int number) {
    String id = text(item, "id");
    if (id == null || id.length() > 80 || !KEBAB.matcher(id).matches()) {
      problems.add(new FieldProblem(at + ".id", "evaluation.form.itemId", String.valueOf(id)));
    } else if (!ids.add(id)) {
      problems.add(new FieldProblem(at + ".id", "evaluation.form.itemTwice", id));
    }
    checkText(item, "text", at + ".text", MAX_TEXT, "evaluation.form.itemText", section, number);
    checkText(item, "aspect", at + ".aspect", 80, null);
    String kind = text(item, "kind");
    if (!known(KINDS, kind)) {
      problems.add(new FieldProblem(at + ".kind", "evaluation.form.kind"));
      return;
    }
    List<String> options = strings(item, "options");
    boolean choice = kind.endsWith("_CHOICE");
    if (choice && (options.size() < 2 || new HashSet<>(options).size() != options.size())) {
      problems.add(new FieldProblem(at + ".options", "evaluation.form.options"));
    }
    if (kind.equals("LIKERT") || kind.equals("RATING")) {
      int min = number(item, "scaleMin");
      int max = number(item, "scaleMax");
      if (min < 0 || max > 100 || min >= max) {
        problems.add(new FieldProblem(at + ".scaleMax", "evaluation.form.scale", min, max));
      } else {
        int labels = strings(item, "scaleLabels").size();
        if (labels != 0 && labels != max - min + 1) {
          problems.add(
              new FieldProblem(at + ".scaleLabels", "evaluation.form.labels", max - min + 1));
        }
      }
    }
  }

  /** A text within its length; when {@code missingKey} is given, also required. */
  private void checkText(
      JsonObject json, String name, String field, int max, String missingKey, Object... args) {
    String value = text(json, name);
    if (value == null && missingKey != null) {
      problems.add(new FieldProblem(field, missingKey, args));
    } else if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "field.tooLong", field, max));
    }
  }

  /** Set.of(...).contains(null) throws; a missing value is simply not known. */
  private static boolean known(Set<String> names, String value) {
    return value != null && names.contains(value);
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
      return null;
    }
    String text = json.getString(name).strip();
    return text.isEmpty() ? null : text;
  }

  private static int number(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.NUMBER
        ? json.getJsonNumber(name).intValue()
        : -1;
  }

  private static JsonObject object(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
        ? value.asJsonObject()
        : null;
  }

  private static List<JsonObject> objects(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return ((JsonArray) value)
        .stream()
            .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
            .map(JsonValue::asJsonObject)
            .toList();
  }

  private static List<String> strings(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return ((JsonArray) value)
        .stream()
            .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
            .map(v -> ((jakarta.json.JsonString) v).getString().strip())
            .filter(s -> !s.isEmpty())
            .toList();
  }
}
