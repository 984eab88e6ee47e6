package org.latih.report.export.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.latih.kernel.i18n.Messages;
import org.latih.report.export.api.Table;
import org.latih.report.export.entity.RawKind;

/**
 * The raw learner-level data of a region as {@link Table}s read straight from a database cursor:
 * one statement per export whatever its size, rows handed to the writer as they arrive (a fetch
 * size keeps a batch, not the result, in memory; on PostgreSQL that needs the connection out of
 * autocommit, which {@link ExportRunner} does).
 */
public final class RawTables {

  /** Rows fetched per round trip: small enough for a flat heap, large enough for throughput. */
  static final int FETCH_SIZE = 1_000;

  private static final String LEARNER =
      " JOIN users u ON u.id = a.user_id JOIN quizzes q ON q.id = a.quiz_id"
          + " JOIN courses c ON c.id = q.course_id";

  private static final RawQuery ATTEMPTS =
      new RawQuery(
          "u.name, u.nip, u.unit_kerja, c.code, c.title, q.title, q.kind, a.number, a.started_at,"
              + " a.submitted_at, a.points, a.max_points, q.pass_percent, a.state",
          "attempts a" + LEARNER,
          "u.region_id",
          "c.code",
          RawQuery.Year.TIMESTAMP,
          "a.started_at",
          "a.id");

  private static final RawQuery ANSWERS =
      new RawQuery(
          "s.attempt_id, u.nip, c.code, q.title, s.position, qn.id, qn.name, s.fraction, s.mark",
          "attempt_slots s JOIN attempts a ON a.id = s.attempt_id"
              + LEARNER
              + " JOIN question_versions qv ON qv.id = s.question_version_id"
              + " JOIN questions qn ON qn.id = qv.question_id",
          "u.region_id",
          "c.code",
          RawQuery.Year.TIMESTAMP,
          "a.started_at",
          "s.attempt_id, s.position");

  private static final RawQuery ATTENDANCE =
      new RawQuery(
          "u.name, u.nip, u.unit_kerja, c.code, co.name, cs.title, cs.held_on, r.present",
          "attendance_records r JOIN cohort_sessions cs ON cs.id = r.session_id"
              + " JOIN cohorts co ON co.id = cs.cohort_id JOIN courses c ON c.id = co.course_id"
              + " JOIN users u ON u.id = r.user_id",
          "u.region_id",
          "c.code",
          RawQuery.Year.DATE,
          "cs.held_on",
          "cs.held_on, cs.id, r.id");

  private static final RawQuery EVALUATION =
      new RawQuery(
          "fr.id, fr.plugin_id, fr.form_id, fr.course_code, fr.cohort, fr.unit_kerja,"
              + " fr.response_year, u.nip, fr.submitted_at, fr.answers",
          "form_responses fr LEFT JOIN users u ON u.id = fr.user_id",
          "fr.region_id",
          "fr.course_code",
          RawQuery.Year.NUMBER,
          "fr.response_year",
          "fr.id");

  private RawTables() {}

  static RawQuery query(RawKind kind) {
    return switch (kind) {
      case ATTEMPTS -> ATTEMPTS;
      case ANSWERS -> ANSWERS;
      case ATTENDANCE -> ATTENDANCE;
      case EVALUATION -> EVALUATION;
    };
  }

  /**
   * How many rows the export will have, with one COUNT; for evaluation answers, how many forms were
   * answered (each gives a row per item, so the export is longer).
   */
  public static long count(Connection connection, RawKind kind, RawFilter filter)
      throws SQLException {
    try (PreparedStatement statement = query(kind).count(connection, filter);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The export as a table whose rows are read from {@code connection} when a writer asks. */
  public static Table of(Connection connection, RawKind kind, RawFilter filter, Locale locale) {
    String yes = Messages.text(locale, "report.export.yes");
    String no = Messages.text(locale, "report.export.no");
    String prefix = "report.export.column." + kind.slug() + ".";
    List<String> columns =
        Arrays.stream(COLUMNS.get(kind)).map(c -> Messages.text(locale, prefix + c)).toList();
    String name = Messages.text(locale, "report.export.kind." + kind.slug());
    return new Table() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> columns() {
        return columns;
      }

      @Override
      public void rows(Consumer<List<Object>> row) {
        try (PreparedStatement statement = query(kind).rows(connection, filter, FETCH_SIZE);
            ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            switch (kind) {
              case ATTEMPTS -> row.accept(attempt(rs, yes, no));
              case ANSWERS -> row.accept(answer(rs));
              case ATTENDANCE -> row.accept(attendance(rs, yes, no));
              case EVALUATION -> evaluation(rs, row);
            }
          }
        } catch (SQLException e) {
          throw new ExportReadException(e);
        }
      }
    };
  }

  /** The column keys per kind, in order (texts under report.export.column.<kind>.<key>). */
  static final java.util.Map<RawKind, String[]> COLUMNS =
      java.util.Map.of(
          RawKind.ATTEMPTS,
          new String[] {
            "learner",
            "nip",
            "unit",
            "course",
            "courseTitle",
            "quiz",
            "kind",
            "number",
            "started",
            "submitted",
            "score",
            "max",
            "passed"
          },
          RawKind.ANSWERS,
          new String[] {
            "attempt",
            "nip",
            "course",
            "quiz",
            "position",
            "question",
            "questionName",
            "score",
            "max"
          },
          RawKind.ATTENDANCE,
          new String[] {"learner", "nip", "unit", "course", "cohort", "session", "date", "present"},
          RawKind.EVALUATION,
          new String[] {
            "response",
            "form",
            "course",
            "cohort",
            "unit",
            "year",
            "nip",
            "submitted",
            "item",
            "answer"
          });

  private static List<Object> attempt(ResultSet rs, String yes, String no) throws SQLException {
    Double points = number(rs, 11);
    double max = rs.getDouble(12);
    int passPercent = rs.getInt(13);
    boolean submitted = !"OPEN".equals(rs.getString(14));
    String passed =
        !submitted || points == null ? null : points * 100 >= passPercent * max ? yes : no;
    return Arrays.asList(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        kind(rs.getString(7)),
        rs.getInt(8),
        time(rs.getTimestamp(9)),
        time(rs.getTimestamp(10)),
        points,
        max,
        passed);
  }

  private static List<Object> answer(ResultSet rs) throws SQLException {
    Double fraction = number(rs, 8);
    double mark = rs.getDouble(9);
    return Arrays.asList(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5) + 1,
        rs.getLong(6),
        rs.getString(7),
        fraction == null ? null : fraction * mark,
        mark);
  }

  private static List<Object> attendance(ResultSet rs, String yes, String no) throws SQLException {
    return Arrays.asList(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getDate(7).toLocalDate(),
        rs.getBoolean(8) ? yes : no);
  }

  /** One row per item of the form answer (its answers are a JSON object: item id to text). */
  private static void evaluation(ResultSet rs, Consumer<List<Object>> row) throws SQLException {
    long id = rs.getLong(1);
    String form = rs.getString(2) + "/" + rs.getString(3);
    String course = rs.getString(4);
    String cohort = rs.getString(5);
    String unit = rs.getString(6);
    int year = rs.getInt(7);
    String nip = rs.getString(8);
    Object submitted = time(rs.getTimestamp(9));
    try (JsonParser json = Json.createParser(new StringReader(rs.getString(10)))) {
      String item = null;
      while (json.hasNext()) {
        switch (json.next()) {
          case KEY_NAME -> item = json.getString();
          case VALUE_STRING, VALUE_NUMBER -> {
            if (item != null) {
              row.accept(
                  Arrays.asList(
                      id,
                      form,
                      course,
                      cohort,
                      unit,
                      year,
                      nip,
                      submitted,
                      item,
                      json.getString()));
            }
          }
          default -> {}
        }
      }
    }
  }

  private static String kind(String quizKind) {
    return switch (quizKind) {
      case "PRE_TEST" -> "pre";
      case "POST_TEST" -> "post";
      default -> "quiz";
    };
  }

  private static Double number(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static Object time(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
