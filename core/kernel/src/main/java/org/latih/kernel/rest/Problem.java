package org.latih.kernel.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code errors} lists field-level problems when there are several, so
 * a form can show each beside its field; {@code extensions} are further members at the top level
 * that a problem type defines, such as the sequence number already saved.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    Map<String, Object> extensions) {

  // looked up once: Json.createX finds the provider through the ServiceLoader on every call
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem with one field, already in the caller's language. */
  public record FieldError(String field, String message) {}

  /** The body as sent: extension members sit beside the standard ones, as RFC 9457 asks. */
  public JsonObject json() {
    JsonObjectBuilder body = JSON.createObjectBuilder().add("type", type).add("title", title);
    body.add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (instance != null) {
      body.add("instance", instance);
    }
    if (errors != null && !errors.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      body.add("errors", list);
    }
    extensions.forEach((name, value) -> body.add(name, value(value)));
    return body.build();
  }

  private static JsonValue value(Object value) {
    return value instanceof Number number
        ? JSON.createValue(number)
        : JSON.createValue(String.valueOf(value));
  }
}
