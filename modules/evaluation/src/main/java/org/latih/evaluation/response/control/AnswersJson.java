package org.latih.evaluation.response.control;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
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

  /**
   * Read with the streaming parser, straight into the map: a whole-region report reads 50,000 of
   * these, and building a {@link jakarta.json.JsonObject} first doubled the work.
   */
  public static Map<String, String> read(String text) {
    Map<String, String> answers = new LinkedHashMap<>();
    try (JsonParser json = JSON.createParser(new StringReader(text))) {
      expect(json, Event.START_OBJECT);
      for (Event e = json.next(); e != Event.END_OBJECT; e = json.next()) {
        if (e != Event.KEY_NAME) {
          throw new JsonParsingException("an item id expected, not " + e, json.getLocation());
        }
        String id = json.getString();
        expect(json, Event.VALUE_STRING);
        answers.put(id, json.getString());
      }
    }
    return answers;
  }

  private static void expect(JsonParser json, Event event) {
    Event e = json.next();
    if (e != event) {
      throw new JsonParsingException(event + " expected, not " + e, json.getLocation());
    }
  }
}
