package org.latih.worker.protocol;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

/**
 * How an {@link OutcomeSnapshot} travels: every distinct string once, in {@code strings}, and each
 * kind of row as columns, one per record component, a string being its index there ({@code -1} for
 * null) and a boolean 1 or 0. A region's data repeats a few hundred course codes, cohorts and unit
 * kerja hundreds of thousands of times; written as one object per row (v1) it was 42–46 MiB for
 * 10,000 ASN. Each column, and the strings, is one {@link Packed} segment of the request's {@link
 * Frame} (since v4; v3 put them in the JSON as Base64), named in the JSON by its number. A
 * response's answers are two columns: {@code answerCounts}, the number of answered items per
 * response ({@code -1} for none at all), and {@code answers}, every response's item and answer
 * string indexes one after the other. Columns are read first and the rows made at the end, so the
 * order of the fields does not matter and fields a newer sender adds are skipped.
 *
 * <pre>{"region":"kupang",
 *  "enrolments":{"course":0,"cohort":1,"unitKerja":2,"year":3,"completed":4,"jp":5},
 *  "attendance":{...}, "testScores":{...,"pre":15,"post":16}, "unitIndicators":{...},
 *  "responses":{"form":21,"formId":22,...,"answerCounts":26,"answers":27},
 *  "strings":28}</pre>
 */
final class OutcomeColumns {

  /** The columns that hold doubles; every other column holds ints. */
  private static final Set<String> DECIMALS = Set.of("pre", "post", "value");

  private OutcomeColumns() {}

  static void write(JsonGenerator json, OutcomeSnapshot data, Frame frame) {
    Dictionary strings = new Dictionary();
    json.writeStartObject();
    if (data.region() != null) {
      json.write("region", data.region());
    }

    // Each table in one pass over its rows, filling all its columns. Written a column at a time,
    // each of a region's quarter of a million rows was read five or six times, through a call the
    // JIT could not inline; with this and the dictionary's stored hashes, Kupang's whole region is
    // written in 43-44 ms instead of 52-59 (bench/plugin-workers latency, "encode").
    writeEnrolments(json, frame, data.enrolments(), strings);
    writeAttendance(json, frame, data.attendance(), strings);
    writeScores(json, frame, data.testScores(), strings);
    writeIndicators(json, frame, data.unitIndicators(), strings);
    writeResponses(json, frame, data.responses(), strings);
    // last: numbered while the columns were written, so each string is hashed once
    json.write("strings", Packed.strings(frame, strings.order));
    json.writeEnd();
  }

  private static void writeEnrolments(
      JsonGenerator json, Frame frame, List<EnrolmentRow> enrolments, Dictionary strings) {
    int[][] e = new int[6][enrolments.size()];
    int row = 0;
    for (EnrolmentRow r : enrolments) {
      e[0][row] = strings.index(r.course());
      e[1][row] = strings.index(r.cohort());
      e[2][row] = strings.index(r.unitKerja());
      e[3][row] = r.year();
      e[4][row] = r.completed() ? 1 : 0;
      e[5][row++] = r.jp();
    }
    table(json, frame, "enrolments", e, "course", "cohort", "unitKerja", "year", "completed", "jp");
  }

  private static void writeAttendance(
      JsonGenerator json, Frame frame, List<AttendanceRow> attendance, Dictionary strings) {
    int[][] a = new int[7][attendance.size()];
    int row = 0;
    for (AttendanceRow r : attendance) {
      a[0][row] = strings.index(r.course());
      a[1][row] = strings.index(r.cohort());
      a[2][row] = strings.index(r.session());
      a[3][row] = strings.index(r.deliveryMode());
      a[4][row] = strings.index(r.unitKerja());
      a[5][row] = r.present() ? 1 : 0;
      a[6][row++] = strings.index(r.absence());
    }
    table(
        json,
        frame,
        "attendance",
        a,
        "course",
        "cohort",
        "session",
        "deliveryMode",
        "unitKerja",
        "present",
        "absence");
  }

  private static void writeScores(
      JsonGenerator json, Frame frame, List<ScoreRow> scores, Dictionary strings) {
    int[][] s = new int[3][scores.size()];
    Double[] pre = new Double[scores.size()];
    Double[] post = new Double[scores.size()];
    int row = 0;
    for (ScoreRow r : scores) {
      s[0][row] = strings.index(r.course());
      s[1][row] = strings.index(r.cohort());
      s[2][row] = strings.index(r.unitKerja());
      pre[row] = r.pre();
      post[row++] = r.post();
    }
    json.writeStartObject("testScores");
    columns(json, frame, s, "course", "cohort", "unitKerja");
    json.write("pre", Packed.doubles(frame, pre));
    json.write("post", Packed.doubles(frame, post));
    json.writeEnd();
  }

  private static void writeIndicators(
      JsonGenerator json, Frame frame, List<IndicatorRow> indicators, Dictionary strings) {
    int[][] u = new int[3][indicators.size()];
    Double[] value = new Double[indicators.size()];
    int row = 0;
    for (IndicatorRow r : indicators) {
      u[0][row] = strings.index(r.unitKerja());
      u[1][row] = strings.index(r.indicator());
      u[2][row] = strings.index(r.period());
      value[row++] = r.value();
    }
    json.writeStartObject("unitIndicators");
    columns(json, frame, u, "unitKerja", "indicator", "period");
    json.write("value", Packed.doubles(frame, value));
    json.writeEnd();
  }

  private static void writeResponses(
      JsonGenerator json, Frame frame, Map<String, List<ResponseRow>> byForm, Dictionary strings) {
    int count = 0;
    int answered = 0;
    for (List<ResponseRow> responses : byForm.values()) {
      for (ResponseRow r : responses) {
        count++;
        answered += r.answers() == null ? 0 : r.answers().size();
      }
    }
    int[][] columns = new int[6][count];
    int[] pairs = new int[2 * answered];
    ToIntFunction<String> number = strings::index;
    int row = 0;
    int n = 0;
    for (Map.Entry<String, List<ResponseRow>> form : byForm.entrySet()) {
      int formIndex = strings.index(form.getKey());
      for (ResponseRow r : form.getValue()) {
        Map<String, String> answers = r.answers();
        columns[0][row] = formIndex;
        columns[1][row] = strings.index(r.formId());
        columns[2][row] = strings.index(r.course());
        columns[3][row] = strings.index(r.cohort());
        columns[4][row] = strings.index(r.unitKerja());
        columns[5][row++] = answers == null ? -1 : answers.size();
        if (answers instanceof PairMap p) { // as the host reads them: no entry objects to make
          n = p.number(number, pairs, n);
        } else if (answers != null) {
          for (Map.Entry<String, String> answer : answers.entrySet()) {
            pairs[n++] = strings.index(answer.getKey());
            pairs[n++] = strings.index(answer.getValue());
          }
        }
      }
    }
    json.writeStartObject("responses");
    columns(
        json, frame, columns, "form", "formId", "course", "cohort", "unitKerja", "answerCounts");
    json.write("answers", Packed.ints(frame, pairs, n));
    json.writeEnd();
  }

  /** A table of int columns only, as an object of its own. */
  private static void table(
      JsonGenerator json, Frame frame, String table, int[][] values, String... names) {
    json.writeStartObject(table);
    columns(json, frame, values, names);
    json.writeEnd();
  }

  /** Each of {@code values} as a segment of {@code frame}, named in the current object. */
  private static void columns(JsonGenerator json, Frame frame, int[][] values, String... names) {
    for (int i = 0; i < names.length; i++) {
      json.write(names[i], Packed.ints(frame, values[i], values[i].length));
    }
  }

  /**
   * Every string of the snapshot, numbered in the order first written: open addressing over the
   * strings' own hash codes, since a region's snapshot asks about two million times, mostly for a
   * few thousand strings, and a HashMap's boxed numbers and entries were two fifths of the writing.
   */
  private static final class Dictionary {
    private final List<String> order = new ArrayList<>();
    private String[] keys = new String[1024];
    private int[] hashes = new int[1024];
    private int[] numbers = new int[1024];

    int index(String text) {
      if (text == null) {
        return -1;
      }
      int hash = text.hashCode();
      int mask = keys.length - 1;
      int slot = spread(hash) & mask;
      // the hashes compared first: a colliding key is then rarely read, which cost a cache miss
      for (String key = keys[slot]; key != null; key = keys[slot]) {
        if (hashes[slot] == hash && (key == text || key.equals(text))) {
          return numbers[slot];
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = text;
      hashes[slot] = hash;
      numbers[slot] = order.size();
      order.add(text);
      if (order.size() * 2 > keys.length) {
        grow();
      }
      return order.size() - 1;
    }

    private void grow() {
      keys = new String[keys.length * 2];
      hashes = new int[keys.length];
      numbers = new int[keys.length];
      int mask = keys.length - 1;
      for (int number = 0; number < order.size(); number++) {
        String text = order.get(number);
        int hash = text.hashCode();
        int slot = spread(hash) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = text;
        hashes[slot] = hash;
        numbers[slot] = number;
      }
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }

  /** Reads what {@link #write} wrote; {@code event} is the object's start. */
  static OutcomeSnapshot read(JsonParser json, Event event, Frame.Received frame) {
    expect(event, Event.START_OBJECT, "the outcome data");
    if (frame == null) {
      throw new InvalidMessageException("outcome data without the frame that carries them");
    }
    String region = null;
    String[] strings = new String[0];
    Map<String, Map<String, Object>> tables = new HashMap<>();
    for (Event e = json.next(); e != Event.END_OBJECT; e = json.next()) {
      String key = json.getString();
      Event next = json.next();
      switch (key) {
        case "region" -> region = next == Event.VALUE_NULL ? null : text(json, next);
        case "strings" -> {
          strings = frame.strings(segment(json, next, "strings"));
        }
        case "enrolments", "attendance", "testScores", "unitIndicators", "responses" ->
            tables.put(key, columns(json, next, frame));
        default -> RecordCodec.skip(json, next);
      }
    }
    return new Rows(strings, tables).snapshot(region);
  }

  /** A table's columns by name: {@link IntColumn}, or {@link Decimals} for {@link #DECIMALS}. */
  private static Map<String, Object> columns(JsonParser json, Event event, Frame.Received frame) {
    expect(event, Event.START_OBJECT, "a table");
    Map<String, Object> columns = new HashMap<>();
    for (Event e = json.next(); e != Event.END_OBJECT; e = json.next()) {
      String name = json.getString();
      Event next = json.next();
      if (next != Event.VALUE_NUMBER) {
        RecordCodec.skip(json, next);
        continue;
      }
      int segment = segment(json, next, name);
      columns.put(name, DECIMALS.contains(name) ? frame.decimals(segment) : frame.ints(segment));
    }
    return columns;
  }

  /** The number of the frame segment that holds {@code what}. */
  private static int segment(JsonParser json, Event event, String what) {
    expect(event, Event.VALUE_NUMBER, what);
    if (!json.isIntegralNumber()) {
      throw new InvalidMessageException("no frame segment " + json.getString() + " for " + what);
    }
    return json.getInt();
  }

  private static String text(JsonParser json, Event event) {
    expect(event, Event.VALUE_STRING, "a string");
    return json.getString();
  }

  private static void expect(Event actual, Event wanted, String what) {
    if (actual != wanted) {
      throw new InvalidMessageException(
          "expected " + wanted + " for " + what + ", found " + actual);
    }
  }

  /**
   * The tables read, as core/api rows made when the plugin asks for them ({@link ColumnRows}): a
   * region's quarter of a million rows built up front were most of what a worker held during a
   * call, and lived long enough to be copied by each collection. Everything is checked here, before
   * the plugin runs, so that a bad message is never taken for the plugin's fault.
   */
  private record Rows(String[] strings, Map<String, Map<String, Object>> tables) {

    OutcomeSnapshot snapshot(String region) {
      Table e = table("enrolments");
      Texts eCourse = e.texts("course");
      Texts eCohort = e.texts("cohort");
      Texts eUnit = e.texts("unitKerja");
      IntColumn year = e.ints("year");
      IntColumn completed = e.ints("completed");
      IntColumn jp = e.ints("jp");
      List<EnrolmentRow> enrolments =
          new ColumnRows<>(
              e.size,
              i ->
                  new EnrolmentRow(
                      eCourse.at(i),
                      eCohort.at(i),
                      eUnit.at(i),
                      year.get(i),
                      completed.get(i) != 0,
                      jp.get(i)));

      Table a = table("attendance");
      Texts aCourse = a.texts("course");
      Texts aCohort = a.texts("cohort");
      Texts session = a.texts("session");
      Texts mode = a.texts("deliveryMode");
      Texts aUnit = a.texts("unitKerja");
      IntColumn present = a.ints("present");
      Texts absence = a.texts("absence");
      List<AttendanceRow> attendance =
          new ColumnRows<>(
              a.size,
              i ->
                  new AttendanceRow(
                      aCourse.at(i),
                      aCohort.at(i),
                      session.at(i),
                      mode.at(i),
                      aUnit.at(i),
                      present.get(i) != 0,
                      absence.at(i)));

      Table s = table("testScores");
      Texts sCourse = s.texts("course");
      Texts sCohort = s.texts("cohort");
      Texts sUnit = s.texts("unitKerja");
      Decimals pre = s.decimals("pre");
      Decimals post = s.decimals("post");
      List<ScoreRow> scores =
          new ColumnRows<>(
              s.size,
              i -> new ScoreRow(sCourse.at(i), sCohort.at(i), sUnit.at(i), pre.at(i), post.at(i)));

      Table u = table("unitIndicators");
      Texts uUnit = u.texts("unitKerja");
      Texts indicator = u.texts("indicator");
      Texts period = u.texts("period");
      Decimals value = u.decimals("value");
      if (!value.nulls().isEmpty()) {
        throw new InvalidMessageException("a unit indicator without a value");
      }
      List<IndicatorRow> indicators =
          new ColumnRows<>(
              u.size,
              i -> new IndicatorRow(uUnit.at(i), indicator.at(i), period.at(i), value.values()[i]));
      return new OutcomeSnapshot(region, enrolments, attendance, scores, responses(), indicators);
    }

    /** Each form's responses: the rows of the table that name it, in their order. */
    private Map<String, List<ResponseRow>> responses() {
      Table r = table("responses");
      Texts formId = r.texts("formId");
      Texts course = r.texts("course");
      Texts cohort = r.texts("cohort");
      Texts unit = r.texts("unitKerja");
      IntColumn forms = r.texts("form").indexes(); // each one checked
      r.checkAnswers();
      int[] perForm = new int[strings.length];
      for (int row = 0; row < forms.size(); row++) {
        int form = forms.get(row);
        if (form == -1) {
          throw new InvalidMessageException("a response without a form");
        }
        perForm[form]++;
      }
      Map<String, List<ResponseRow>> byForm = new LinkedHashMap<>();
      int[][] rowsOf = new int[strings.length][];
      int[] filled = new int[strings.length];
      for (int row = 0; row < forms.size(); row++) {
        int form = forms.get(row);
        if (rowsOf[form] == null) {
          int[] rows = rowsOf[form] = new int[perForm[form]];
          byForm.put(
              strings[form],
              new ColumnRows<>(
                  rows.length,
                  i -> {
                    int at = rows[i];
                    return new ResponseRow(
                        formId.at(at), course.at(at), cohort.at(at), unit.at(at), r.answers(at));
                  }));
        }
        rowsOf[form][filled[form]++] = row;
      }
      return byForm;
    }

    private Table table(String name) {
      return new Table(name, strings, tables.getOrDefault(name, Map.of()));
    }
  }

  /** A column of string indexes, read as the strings; every index is checked when it is made. */
  private record Texts(String[] strings, IntColumn indexes) {
    Texts(Table table, IntColumn indexes) {
      this(table.strings, indexes);
      for (int row = 0; row < indexes.size(); row++) {
        table.string(indexes.get(row));
      }
    }

    String at(int row) {
      int index = indexes.get(row);
      return index == -1 ? null : strings[index];
    }
  }

  /** One table's columns, all of one length but the responses' flat {@code answers}. */
  private static final class Table {
    private final String name;
    private final String[] strings;
    private final Map<String, Object> columns;
    final int size;
    private int[] answerStarts;

    Table(String name, String[] strings, Map<String, Object> columns) {
      this.name = name;
      this.strings = strings;
      this.columns = columns;
      int length = -1;
      for (Map.Entry<String, Object> c : columns.entrySet()) {
        if (c.getKey().equals("answers")) {
          continue;
        }
        int n = c.getValue() instanceof IntColumn i ? i.size() : ((Decimals) c.getValue()).length();
        if (length >= 0 && n != length) {
          throw new InvalidMessageException(
              "the columns of " + name + " differ in length (" + c.getKey() + ": " + n + ")");
        }
        length = n;
      }
      this.size = Math.max(length, 0);
    }

    IntColumn ints(String column) {
      return column(column, IntColumn.class);
    }

    Texts texts(String column) {
      return new Texts(this, ints(column));
    }

    Decimals decimals(String column) {
      return column(column, Decimals.class);
    }

    /** Row {@code row}'s answers, made now from the checked columns. */
    Map<String, String> answers(int row) {
      int count = ints("answerCounts").get(row);
      if (count == -1) {
        return null;
      }
      IntColumn pairs = ints("answers");
      int start = answerStart(row);
      String[] texts = new String[count * 2];
      for (int i = 0; i < texts.length; i++) {
        int index = pairs.get(start + i);
        texts[i] = index == -1 ? null : strings[index];
      }
      return new PairMap(texts);
    }

    /**
     * Checks every response's answers: counts that add up, known strings, no item twice. An item is
     * found twice through the last row that named it, in one pass: comparing each item with the
     * row's earlier ones grew with the square of a form's items, for every response of a region.
     */
    void checkAnswers() {
      if (size == 0) {
        return;
      }
      IntColumn counts = ints("answerCounts");
      IntColumn pairs = ints("answers");
      // by item index + 1 (a null item at 0): 1 + the last row that answered the item
      int[] namedBy = new int[strings.length + 1];
      for (int row = 0; row < size; row++) {
        int start = answerStart(row);
        for (int i = 0; i < 2 * Math.max(counts.get(row), 0); i += 2) {
          int item = pairs.get(start + i);
          string(item);
          string(pairs.get(start + i + 1));
          if (namedBy[item + 1] == row + 1) {
            throw new InvalidMessageException("an item answered twice in " + name);
          }
          namedBy[item + 1] = row + 1;
        }
      }
    }

    /** Where a row's answers start in {@code answers}, after checking every count once. */
    private int answerStart(int row) {
      if (answerStarts == null) {
        IntColumn counts = ints("answerCounts");
        answerStarts = new int[size];
        long at = 0;
        for (int i = 0; i < size; i++) {
          int count = counts.get(i);
          if (count < -1) {
            throw new InvalidMessageException("a negative answer count in " + name);
          }
          answerStarts[i] = (int) Math.min(at, Integer.MAX_VALUE);
          at += 2L * Math.max(count, 0);
        }
        if (at != ints("answers").size()) {
          throw new InvalidMessageException(
              "the answer counts of " + name + " do not add up to its answers");
        }
      }
      return answerStarts[row];
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
      if (values == null && size == 0) { // a table the sender had no rows for
        return type.cast(
            type == IntColumn.class ? IntColumn.EMPTY : new Decimals(new double[0], new BitSet()));
      }
      if (!type.isInstance(values)) {
        throw new InvalidMessageException(name + " has no column " + column);
      }
      return type.cast(values);
    }
  }
}
