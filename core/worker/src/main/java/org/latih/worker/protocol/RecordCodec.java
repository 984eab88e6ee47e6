package org.latih.worker.protocol;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * Writes any record as a JSON object of its components and reads it back through its canonical
 * constructor, so every check a core/api record makes runs on what arrives. Component types:
 * String, int, long, double, boolean (and their boxes), enums by name, {@code List<T>}, {@code
 * Map<String, T>}, nested records. Null components are left out and read back as null (0 or false
 * for primitives); doubles that JSON cannot carry (NaN, infinities) travel as strings. An {@link
 * OutcomeSnapshot}, the bulk of a request, travels in columns instead ({@link OutcomeColumns}), in
 * the frame ahead of the request's line.
 */
public final class RecordCodec {

  // The provider lookup scans the class path: once per process, not per message.
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());
  // Parsson stops at 15 million parse events, fewer than the request for a whole region holds
  // (about 20 million for 10,000 ASN). The host bounds what it reads from a worker by bytes
  // (WorkerSpec.maxAnswerBytes), and the worker trusts its host, so the count limit is lifted.
  private static final JsonParserFactory PARSERS =
      JSON.createParserFactory(Map.of("org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));

  private RecordCodec() {}

  /** Writes {@code value} to {@code out} as one JSON text, leaving {@code out} open. */
  public static void write(Record value, OutputStream out) {
    write(value, out, null);
  }

  /**
   * As {@link #write(Record, OutputStream)}, with the columns of an {@link OutcomeSnapshot} in
   * {@code frame}.
   */
  static void write(Record value, OutputStream out, Frame frame) {
    OutputStream open =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
    FRAME_OUT.set(frame);
    try (JsonGenerator json = GENERATORS.createGenerator(open, StandardCharsets.UTF_8)) {
      value(json, value);
    } finally {
      FRAME_OUT.remove();
    }
  }

  /**
   * Reads one JSON object into a {@code type}.
   *
   * @throws InvalidMessageException naming what is wrong: bad JSON, a wrong type, or a record that
   *     refused its values
   */
  public static <T extends Record> T read(byte[] json, Class<T> type) {
    return read(new ByteArrayInputStream(json), type);
  }

  /** As {@link #read(byte[], Class)}, parsing straight from {@code json} as it is read. */
  public static <T extends Record> T read(InputStream json, Class<T> type) {
    return read(json, type, null);
  }

  /**
   * As {@link #read(InputStream, Class)}, an {@link OutcomeSnapshot}'s columns in {@code frame}.
   */
  static <T extends Record> T read(InputStream json, Class<T> type, Frame.Received frame) {
    SEEN.set(new HashMap<>());
    FRAME_IN.set(frame);
    try (JsonParser parser = PARSERS.createParser(json)) {
      T value = type.cast(value(parser, parser.next(), type));
      if (parser.hasNext()) {
        throw new InvalidMessageException("more than one JSON value on the line");
      }
      return value;
    } catch (JsonException | NoSuchElementException e) {
      throw new InvalidMessageException("not valid JSON: " + e.getMessage());
    } catch (ArithmeticException e) {
      throw new InvalidMessageException("a number out of range: " + e.getMessage());
    } finally {
      SEEN.remove();
      FRAME_IN.remove();
    }
  }

  /**
   * The {@code id} of {@code json}'s top-level object, if it names an integral one, however wrong
   * the rest is: so that a request the worker cannot read is still answered.
   */
  static OptionalLong id(byte[] json) {
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(json))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        return OptionalLong.empty();
      }
      for (JsonParser.Event e = parser.next(); e == JsonParser.Event.KEY_NAME; e = parser.next()) {
        String key = parser.getString();
        JsonParser.Event value = parser.next();
        if (key.equals("id") && value == JsonParser.Event.VALUE_NUMBER) {
          return parser.isIntegralNumber()
              ? OptionalLong.of(parser.getLong())
              : OptionalLong.empty();
        }
        skip(parser, value);
      }
    } catch (JsonException | NoSuchElementException | IllegalStateException e) {
      // not JSON enough to name an id
    }
    return OptionalLong.empty();
  }

  /**
   * Short strings already read in this document, so the same course code, cohort, unit kerja or
   * answer is held once however many rows name it: a region's outcome data repeats a few hundred of
   * them hundreds of thousands of times, and the worker's heap is small.
   */
  private static final ThreadLocal<Map<String, String>> SEEN = new ThreadLocal<>();

  /** The frame the message being written or read carries its outcome columns in (see Frame). */
  private static final ThreadLocal<Frame> FRAME_OUT = new ThreadLocal<>();

  private static final ThreadLocal<Frame.Received> FRAME_IN = new ThreadLocal<>();

  private static String shared(String text) {
    Map<String, String> seen = SEEN.get();
    if (seen == null || text.length() > 64) {
      return text;
    }
    String known = seen.putIfAbsent(text, text);
    return known == null ? text : known;
  }

  private static void value(JsonGenerator json, Object value) {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.write(s);
    } else if (value instanceof Integer || value instanceof Long) {
      json.write(((Number) value).longValue());
    } else if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        json.write(d.toString());
      } else {
        json.write(d);
      }
    } else if (value instanceof Boolean b) {
      json.write(b);
    } else if (value instanceof Enum<?> e) {
      json.write(e.name());
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      list.forEach(item -> value(json, item));
      json.writeEnd();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      map.forEach(
          (k, v) -> {
            json.writeKey((String) k);
            value(json, v);
          });
      json.writeEnd();
    } else if (value instanceof OutcomeSnapshot data) {
      Frame frame = FRAME_OUT.get();
      if (frame == null) {
        throw new IllegalStateException("outcome data are written with Protocol.write");
      }
      OutcomeColumns.write(json, data, frame);
    } else if (value instanceof Record r) {
      record(json, r);
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
    }
  }

  private static void record(JsonGenerator json, Record value) {
    Reflection.Shape shape = Reflection.shape(value.getClass());
    json.writeStartObject();
    for (int i = 0; i < shape.names().length; i++) {
      Object v = Reflection.get(shape.accessors()[i], value);
      if (v != null) {
        json.writeKey(shape.names()[i]);
        value(json, v);
      }
    }
    json.writeEnd();
  }

  private static Object value(JsonParser json, JsonParser.Event event, Type type) {
    if (event == JsonParser.Event.VALUE_NULL) {
      return nullOf(type);
    }
    if (type instanceof ParameterizedType generic) {
      Type raw = generic.getRawType();
      Type item = generic.getActualTypeArguments()[generic.getActualTypeArguments().length - 1];
      if (raw == List.class) {
        return list(json, event, item);
      }
      if (raw == Map.class) {
        return map(json, event, item);
      }
    } else if (type instanceof Class<?> c) {
      return scalarOrRecord(json, event, c);
    }
    throw new InvalidMessageException("cannot read a " + type.getTypeName());
  }

  private static Object scalarOrRecord(JsonParser json, JsonParser.Event event, Class<?> type) {
    if (type == String.class) {
      expect(event, JsonParser.Event.VALUE_STRING, type);
      return shared(json.getString());
    }
    if (type == int.class || type == Integer.class) {
      return Math.toIntExact(integral(json, event, type));
    }
    if (type == long.class || type == Long.class) {
      return integral(json, event, type);
    }
    if (type == double.class || type == Double.class) {
      if (event == JsonParser.Event.VALUE_STRING) {
        return nonFinite(json.getString());
      }
      expect(event, JsonParser.Event.VALUE_NUMBER, type);
      return json.getBigDecimal().doubleValue();
    }
    if (type == boolean.class || type == Boolean.class) {
      if (event != JsonParser.Event.VALUE_TRUE && event != JsonParser.Event.VALUE_FALSE) {
        throw new InvalidMessageException("expected true or false, found " + event);
      }
      return event == JsonParser.Event.VALUE_TRUE;
    }
    if (type.isEnum()) {
      expect(event, JsonParser.Event.VALUE_STRING, type);
      return Reflection.constant(type, json.getString());
    }
    if (type == OutcomeSnapshot.class) {
      return OutcomeColumns.read(json, event, FRAME_IN.get());
    }
    if (type.isRecord()) {
      return record(json, event, type);
    }
    throw new InvalidMessageException("cannot read a " + type.getName());
  }

  private static Object record(JsonParser json, JsonParser.Event event, Class<?> type) {
    expect(event, JsonParser.Event.START_OBJECT, type);
    Reflection.Shape shape = Reflection.shape(type);
    Object[] values = new Object[shape.types().length];
    for (int i = 0; i < values.length; i++) {
      values[i] = nullOf(shape.types()[i]);
    }
    for (JsonParser.Event e = json.next(); e != JsonParser.Event.END_OBJECT; e = json.next()) {
      int index = shape.indexOf(json.getString());
      JsonParser.Event next = json.next();
      if (index < 0) {
        skip(json, next); // a newer sender's field: ignored, so a version can grow without breaking
      } else {
        values[index] = value(json, next, shape.types()[index]);
      }
    }
    try {
      return shape.canonical().newInstance(values);
    } catch (InvocationTargetException e) {
      throw new InvalidMessageException(
          type.getSimpleName() + " refused its values: " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> list(JsonParser json, JsonParser.Event event, Type item) {
    expect(event, JsonParser.Event.START_ARRAY, List.class);
    List<Object> list = new ArrayList<>();
    for (JsonParser.Event e = json.next(); e != JsonParser.Event.END_ARRAY; e = json.next()) {
      list.add(value(json, e, item));
    }
    return list;
  }

  private static Map<String, Object> map(JsonParser json, JsonParser.Event event, Type item) {
    expect(event, JsonParser.Event.START_OBJECT, Map.class);
    Map<String, Object> map = new LinkedHashMap<>();
    for (JsonParser.Event e = json.next(); e != JsonParser.Event.END_OBJECT; e = json.next()) {
      String key = shared(json.getString());
      map.put(key, value(json, json.next(), item));
    }
    return map;
  }

  private static long integral(JsonParser json, JsonParser.Event event, Class<?> type) {
    expect(event, JsonParser.Event.VALUE_NUMBER, type);
    if (!json.isIntegralNumber()) {
      throw new InvalidMessageException("expected a whole number, found " + json.getString());
    }
    return json.getBigDecimal().longValueExact();
  }

  private static double nonFinite(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> throw new InvalidMessageException("expected a number, found '" + text + "'");
    };
  }

  private static Object nullOf(Type type) {
    if (type == int.class || type == long.class) {
      return type == int.class ? (Object) 0 : (Object) 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    return type == boolean.class ? false : null;
  }

  /** Passes over a value whose start {@code event} was just read (a scalar is read already). */
  static void skip(JsonParser json, JsonParser.Event event) {
    if (event == JsonParser.Event.START_OBJECT) {
      json.skipObject();
    } else if (event == JsonParser.Event.START_ARRAY) {
      json.skipArray();
    }
  }

  private static void expect(JsonParser.Event actual, JsonParser.Event wanted, Type type) {
    if (actual != wanted) {
      throw new InvalidMessageException(
          "expected " + wanted + " for a " + type.getTypeName() + ", found " + actual);
    }
  }
}
