package org.latih.evaluation.form.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.Section;
import org.latih.api.forms.Timing;
import org.latih.api.forms.TimingKind;

/**
 * A form definition as stored JSON, in the shape the API returns plugin forms in, so a form built
 * in the browser is read back through the same checks as a plugin's (the api records'
 * constructors).
 */
public final class FormJson {

  // looked up once: Json.createX finds the provider through the ServiceLoader on every call
  private static final JsonProvider JSON = JsonProvider.provider();

  private FormJson() {}

  public static String write(FormDefinition form) {
    JsonArrayBuilder sections = JSON.createArrayBuilder();
    for (Section section : form.sections()) {
      JsonArrayBuilder items = JSON.createArrayBuilder();
      for (Item item : section.items()) {
        JsonObjectBuilder json =
            JSON.createObjectBuilder()
                .add("id", item.id())
                .add("kind", item.kind().name())
                .add("text", item.text())
                .add("required", item.required())
                .add("options", strings(item.options()))
                .add("scaleMin", item.scaleMin())
                .add("scaleMax", item.scaleMax())
                .add("scaleLabels", strings(item.scaleLabels()));
        if (item.aspect() != null) {
          json.add("aspect", item.aspect());
        }
        items.add(json);
      }
      sections.add(JSON.createObjectBuilder().add("title", section.title()).add("items", items));
    }
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", form.id())
            .add("version", form.version())
            .add("title", form.title())
            .add("audience", form.audience().name())
            .add(
                "timing",
                JSON.createObjectBuilder()
                    .add("kind", form.timing().kind().name())
                    .add("daysAfter", form.timing().daysAfter()))
            .add("anonymous", form.anonymous())
            .add("sections", sections);
    if (form.description() != null) {
      json.add("description", form.description());
    }
    return json.build().toString();
  }

  public static FormDefinition read(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      return read(reader.readObject(), null);
    }
  }

  /**
   * Reads a definition; {@code version}, when given, replaces the one in the JSON (the host numbers
   * the versions of forms built here).
   *
   * @throws IllegalArgumentException when the definition breaks a rule of the forms api
   * @throws ClassCastException or {@link NullPointerException} when a field has the wrong type
   */
  public static FormDefinition read(JsonObject json, Integer version) {
    List<Section> sections = new ArrayList<>();
    for (JsonObject section : objects(json, "sections")) {
      List<Item> items = new ArrayList<>();
      for (JsonObject item : objects(section, "items")) {
        items.add(
            new Item(
                item.getString("id", null),
                ItemKind.valueOf(item.getString("kind", "")),
                item.getString("text", null),
                item.getBoolean("required", false),
                blankToNull(item.getString("aspect", null)),
                strings(item, "options"),
                item.getInt("scaleMin", 0),
                item.getInt("scaleMax", 0),
                strings(item, "scaleLabels")));
      }
      sections.add(new Section(section.getString("title", null), items));
    }
    JsonObject timing = json.getJsonObject("timing");
    return new FormDefinition(
        json.getString("id", null),
        version != null ? version : json.getInt("version", 1),
        json.getString("title", null),
        blankToNull(json.getString("description", null)),
        Audience.valueOf(json.getString("audience", "")),
        new Timing(
            TimingKind.valueOf(timing == null ? "" : timing.getString("kind", "")),
            timing == null ? 0 : timing.getInt("daysAfter", 0)),
        json.getBoolean("anonymous", false),
        sections);
  }

  private static List<JsonObject> objects(JsonObject json, String name) {
    JsonArray array = json.getJsonArray(name);
    return array == null ? List.of() : array.getValuesAs(JsonObject.class);
  }

  private static List<String> strings(JsonObject json, String name) {
    JsonArray array = json.getJsonArray(name);
    if (array == null) {
      return List.of();
    }
    return array.stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
        .map(v -> ((JsonString) v).getString().strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
