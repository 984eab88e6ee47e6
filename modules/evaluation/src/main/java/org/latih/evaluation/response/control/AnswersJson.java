package org.latih.evaluation.response.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores answers as a JSON object of item id to answer text. */
public final class AnswersJson {

  // looked up once: Json.createX finds the provider through the ServiceLoader on every call
  private static final JsonProvider JSON = JsonProvider.provider();

  private AnswersJson() {}

  static String write(Map<String, String> answers) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    answers.forEach(json::add);
    return json.build().toString();
  }

  public static Map<String, String> read(String text) {
    Map<String, String> answers = new LinkedHashMap<>();
    try (var reader = JSON.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      json.forEach((id, value) -> answers.put(id, ((JsonString) value).getString()));
    }
    return answers;
  }
}
