package org.latih.evaluation.response.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores answers as a JSON object of item id to answer text. */
public final class AnswersJson {

  private AnswersJson() {}

  static String write(Map<String, String> answers) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    answers.forEach(json::add);
    return json.build().toString();
  }

  public static Map<String, String> read(String text) {
    Map<String, String> answers = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      json.forEach((id, value) -> answers.put(id, ((JsonString) value).getString()));
    }
    return answers;
  }
}
