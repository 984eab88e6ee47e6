package org.latih.worker.protocol;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

/**
 * How an {@link OutcomeSnapshot} travels since protocol v2: every distinct string once, in {@code
 * strings}, and each kind of row as columns (one JSON array per record component) of numbers, a
 * string being its index there ({@code -1} for null) and a boolean 1 or 0. A region's data repeats
 * a few hundred course codes, cohorts and unit kerja hundreds of thousands of times; written as one
 * object per row (v1) it was 42–46 MiB for 10,000 ASN, and reading that in the worker took most of
 * a whole-region report's time. Columns are read into arrays and the rows built at the end, so the
 * order of the fields does not matter and fields a newer sender adds are skipped.
 *
 * <pre>{"region":"kupang",
 *  "enrolments":{"course":[0,0],"cohort":[1,-1],"unitKerja":[..],"year":[..],"completed":[1,0],"jp":[..]},
 *  "attendance":{...}, "testScores":{...,"pre":[null,87.5]}, "unitIndicators":{...},
 *  "responses":{"form":[..],"formId":[..],...,"answers":[[item,answer,item,answer],...]},
 *  "strings":["k-1","2025-a",...]}</pre>
 */
final class OutcomeColumns {

  private OutcomeColumns() {}

  static void write(JsonGenerator json, OutcomeSnapshot data) {
    Dictionary strings = new Dictionary();
    json.writeStartObject();
    if (data.region() != null) {
      json.write("region", data.region());
    }

    List<EnrolmentRow> enrolments = data.enrolments();
    json.writeStartObject("enrolments");
    ints(json, "course", enrolments, e -> strings.index(e.course()));
    ints(json, "cohort", enrolments, e -> strings.index(e.cohort()));
    ints(json, "unitKerja", enrolments, e -> strings.index(e.unitKerja()));
    ints(json, "year", enrolments, EnrolmentRow::year);
    ints(json, "completed", enrolments, e -> e.completed() ? 1 : 0);
    ints(json, "jp", enrolments, EnrolmentRow::jp);
    json.writeEnd();

    List<AttendanceRow> attendance = data.attendance();
    json.writeStartObject("attendance");
    ints(json, "course", attendance, a -> strings.index(a.course()));
    ints(json, "cohort", attendance, a -> strings.index(a.cohort()));
    ints(json, "session", attendance, a -> strings.index(a.session()));
    ints(json, "deliveryMode", attendance, a -> strings.index(a.deliveryMode()));
    ints(json, "unitKerja", attendance, a -> strings.index(a.unitKerja()));
    ints(json, "present", attendance, a -> a.present() ? 1 : 0);
    ints(json, "absence", attendance, a -> strings.index(a.absence()));
    json.writeEnd();

    List<ScoreRow> scores = data.testScores();
    json.writeStartObject("testScores");
    ints(json, "course", scores, s -> strings.index(s.course()));
    ints(json, "cohort", scores, s -> strings.index(s.cohort()));
    ints(json, "unitKerja", scores, s -> strings.index(s.unitKerja()));
    doubles(json, "pre", scores.stream().map(ScoreRow::pre).toList());
    doubles(json, "post", scores.stream().map(ScoreRow::post).toList());
    json.writeEnd();

    List<IndicatorRow> indicators = data.unitIndicators();
    json.writeStartObject("unitIndicators");
    ints(json, "unitKerja", indicators, i -> strings.index(i.unitKerja()));
    ints(json, "indicator", indicators, i -> strings.index(i.indicator()));
    ints(json, "period", indicators, i -> strings.index(i.period()));
    doubles(json, "value", indicators.stream().map(IndicatorRow::value).toList());
    json.writeEnd();

    writeResponses(json, data.responses(), strings);
    // last: numbered while the columns were written, so each string is hashed once
    json.writeStartArray("strings");
    strings.order.forEach(json::write);
    json.writeEnd();
    json.writeEnd();
  }

  private static void writeResponses(
      JsonGenerator json, Map<String, List<ResponseRow>> byForm, Dictionary strings) {
    List<String> forms = new ArrayList<>();
    List<ResponseRow> rows = new ArrayList<>();
    byForm.forEach(
        (form, responses) ->
            responses.forEach(
                r -> {
                  forms.add(form);
                  rows.add(r);
                }));
    json.writeStartObject("responses");
    ints(json, "form", forms, strings::index);
    ints(json, "formId", rows, r -> strings.index(r.formId()));
    ints(json, "course", rows, r -> strings.index(r.course()));
    ints(json, "cohort", rows, r -> strings.index(r.cohort()));
    ints(json, "unitKerja", rows, r -> strings.index(r.unitKerja()));
    json.writeStartArray("answers");
    for (ResponseRow r : rows) {
      if (r.answers() == null) {
        json.writeNull();
        continue;
      }
      json.writeStartArray();
      r.answers()
          .forEach(
              (item, answer) -> {
                json.write(strings.index(item));
                json.write(strings.index(answer));
              });
      json.writeEnd();
    }
    json.writeEnd();
    json.writeEnd();
  }

  private static <T> void ints(
      JsonGenerator json, String name, List<T> rows, ToIntFunction<T> value) {
    json.writeStartArray(name);
    for (T row : rows) {
      json.write(value.applyAsInt(row));
    }
    json.writeEnd();
  }

  private static void doubles(JsonGenerator json, String name, List<Double> values) {
    json.writeStartArray(name);
    for (Double d : values) {
      if (d == null) {
        json.writeNull();
      } else if (d.isNaN() || d.isInfinite()) {
        json.write(d.toString()); // JSON has no number for these
      } else {
        json.write(d);
      }
    }
    json.writeEnd();
  }

  /** Every string of the snapshot, numbered in the order first written. */
  private static final class Dictionary {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    int index(String text) {
      if (text == null) {
        return -1;
      }
      Integer known = index.putIfAbsent(text, order.size());
      if (known != null) {
        return known;
      }
      order.add(text);
      return order.size() - 1;
    }
  }

  /** Reads what {@link #write} wrote; {@code event} is the object's start. */
  static OutcomeSnapshot read(JsonParser json, Event event) {
    expect(event, Event.START_OBJECT, "the outcome data");
    String region = null;
    String[] strings = new String[0];
    Map<String, Map<String, Object>> tables = new HashMap<>();
    for (Event e = json.next(); e != Event.END_OBJECT; e = json.next()) {
      String key = json.getString();
      Event next = json.next();
      switch (key) {
        case "region" -> region = next == Event.VALUE_NULL ? null : text(json, next);
        case "strings" -> strings = strings(json, next);
        case "enrolments", "attendance", "testScores", "unitIndicators", "responses" ->
            tables.put(key, columns(json, next));
        default -> skip(json, next);
      }
    }
    return new Rows(strings, tables).snapshot(region);
  }

  private static String[] strings(JsonParser json, Event event) {
    expect(event, Event.START_ARRAY, "strings");
    List<String> all = new ArrayList<>();
    for (Event e = json.next(); e != Event.END_ARRAY; e = json.next()) {
      all.add(text(json, e));
    }
    return all.toArray(String[]::new);
  }

  /** A table's columns by name: int[] for numbers, double[] with null for doubles, answers. */
  private static Map<String, Object> columns(JsonParser json, Event event) {
    expect(event, Event.START_OBJECT, "a table");
    Map<String, Object> columns = new HashMap<>();
    for (Event e = json.next(); e != Event.END_OBJECT; e = json.next()) {
      String name = json.getString();
      Event next = json.next();
      switch (name) {
        case "pre", "post", "value" -> columns.put(name, doubles(json, next));
        case "answers" -> columns.put(name, answers(json, next));
        default -> {
          if (next == Event.START_ARRAY) {
            columns.put(name, ints(json, next));
          } else {
            skip(json, next);
          }
        }
      }
    }
    return columns;
  }

  private static int[] ints(JsonParser json, Event event) {
    expect(event, Event.START_ARRAY, "a column");
    int[] values = new int[256];
    int n = 0;
    for (Event e = json.next(); e != Event.END_ARRAY; e = json.next()) {
      if (e != Event.VALUE_NUMBER || !json.isIntegralNumber()) {
        throw new InvalidMessageException("expected a whole number in a column, found " + e);
      }
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
      }
      values[n++] = json.getInt();
    }
    return Arrays.copyOf(values, n);
  }

  private static Double[] doubles(JsonParser json, Event event) {
    expect(event, Event.START_ARRAY, "a column");
    List<Double> values = new ArrayList<>();
    for (Event e = json.next(); e != Event.END_ARRAY; e = json.next()) {
      values.add(
          switch (e) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER -> json.getBigDecimal().doubleValue();
            case VALUE_STRING -> nonFinite(json.getString());
            default -> throw new InvalidMessageException("expected a number, found " + e);
          });
    }
    return values.toArray(Double[]::new);
  }

  private static List<int[]> answers(JsonParser json, Event event) {
    expect(event, Event.START_ARRAY, "answers");
    List<int[]> all = new ArrayList<>();
    for (Event e = json.next(); e != Event.END_ARRAY; e = json.next()) {
      all.add(e == Event.VALUE_NULL ? null : ints(json, e));
    }
    return all;
  }

  private static String text(JsonParser json, Event event) {
    expect(event, Event.VALUE_STRING, "a string");
    return json.getString();
  }

  private static Double nonFinite(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> throw new InvalidMessageException("expected a number, found '" + text + "'");
    };
  }

  private static void skip(JsonParser json, Event event) {
    if (event == Event.START_OBJECT) {
      json.skipObject();
    } else if (event == Event.START_ARRAY) {
      json.skipArray();
    }
  }

  private static void expect(Event actual, Event wanted, String what) {
    if (actual != wanted) {
      throw new InvalidMessageException(
          "expected " + wanted + " for " + what + ", found " + actual);
    }
  }

  /** The tables read, turned back into core/api rows. */
  private record Rows(String[] strings, Map<String, Map<String, Object>> tables) {

    OutcomeSnapshot snapshot(String region) {
      Table e = table("enrolments");
      List<EnrolmentRow> enrolments = new ArrayList<>(e.size);
      for (int i = 0; i < e.size; i++) {
        enrolments.add(
            new EnrolmentRow(
                e.text("course", i),
                e.text("cohort", i),
                e.text("unitKerja", i),
                e.number("year", i),
                e.number("completed", i) != 0,
                e.number("jp", i)));
      }
      Table a = table("attendance");
      List<AttendanceRow> attendance = new ArrayList<>(a.size);
      for (int i = 0; i < a.size; i++) {
        attendance.add(
            new AttendanceRow(
                a.text("course", i),
                a.text("cohort", i),
                a.text("session", i),
                a.text("deliveryMode", i),
                a.text("unitKerja", i),
                a.number("present", i) != 0,
                a.text("absence", i)));
      }
      Table s = table("testScores");
      List<ScoreRow> scores = new ArrayList<>(s.size);
      for (int i = 0; i < s.size; i++) {
        scores.add(
            new ScoreRow(
                s.text("course", i),
                s.text("cohort", i),
                s.text("unitKerja", i),
                s.decimal("pre", i),
                s.decimal("post", i)));
      }
      Table u = table("unitIndicators");
      List<IndicatorRow> indicators = new ArrayList<>(u.size);
      for (int i = 0; i < u.size; i++) {
        Double value = u.decimal("value", i);
        if (value == null) {
          throw new InvalidMessageException("a unit indicator without a value");
        }
        indicators.add(
            new IndicatorRow(
                u.text("unitKerja", i), u.text("indicator", i), u.text("period", i), value));
      }
      return new OutcomeSnapshot(region, enrolments, attendance, scores, responses(), indicators);
    }

    private Map<String, List<ResponseRow>> responses() {
      Table r = table("responses");
      Map<String, List<ResponseRow>> byForm = new LinkedHashMap<>();
      for (int i = 0; i < r.size; i++) {
        ResponseRow row =
            new ResponseRow(
                r.text("formId", i),
                r.text("course", i),
                r.text("cohort", i),
                r.text("unitKerja", i),
                r.answers(i));
        String form = r.text("form", i);
        if (form == null) {
          throw new InvalidMessageException("a response without a form");
        }
        byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(row);
      }
      return byForm;
    }

    private Table table(String name) {
      return new Table(name, strings, tables.getOrDefault(name, Map.of()));
    }
  }

  /** One table's columns, all of one length. */
  private static final class Table {
    private final String name;
    private final String[] strings;
    private final Map<String, Object> columns;
    final int size;

    Table(String name, String[] strings, Map<String, Object> columns) {
      this.name = name;
      this.strings = strings;
      this.columns = columns;
      int length = -1;
      for (Map.Entry<String, Object> c : columns.entrySet()) {
        int n =
            c.getValue() instanceof int[] i
                ? i.length
                : c.getValue() instanceof Double[] d ? d.length : ((List<?>) c.getValue()).size();
        if (length >= 0 && n != length) {
          throw new InvalidMessageException(
              "the columns of " + name + " differ in length (" + c.getKey() + ": " + n + ")");
        }
        length = n;
      }
      this.size = Math.max(length, 0);
    }

    int number(String column, int row) {
      return column(column, int[].class)[row];
    }

    String text(String column, int row) {
      return string(column(column, int[].class)[row]);
    }

    Double decimal(String column, int row) {
      return column(column, Double[].class)[row];
    }

    Map<String, String> answers(int row) {
      @SuppressWarnings("unchecked")
      int[] pairs = ((List<int[]>) column("answers", List.class)).get(row);
      if (pairs == null) {
        return null;
      }
      if (pairs.length % 2 != 0) {
        throw new InvalidMessageException("an answer without its item in " + name);
      }
      String[] texts = new String[pairs.length];
      for (int i = 0; i < pairs.length; i += 2) {
        for (int j = 0; j < i; j += 2) {
          if (pairs[j] == pairs[i]) {
            throw new InvalidMessageException("an item answered twice in " + name);
          }
        }
        texts[i] = string(pairs[i]);
        texts[i + 1] = string(pairs[i + 1]);
      }
      return new PairMap(texts);
    }

    private String string(int index) {
      if (index == -1) {
        return null;
      }
      if (index < 0 || index >= strings.length) {
        throw new InvalidMessageException("no string " + index + " in " + name);
      }
      return strings[index];
    }

    private <T> T column(String column, Class<T> type) {
      Object values = columns.get(column);
      if (!type.isInstance(values)) {
        throw new InvalidMessageException(name + " has no column " + column);
      }
      return type.cast(values);
    }
  }
}
