package org.latih.report.export.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One raw export's SQL: its select list, its joins, the columns the three filters apply to, and its
 * order. Built as one statement with bound parameters (never a value in the text), counted with the
 * same joins and filters.
 */
record RawQuery(
    String select,
    String from,
    String region,
    String course,
    Year year,
    String yearColumn,
    String order) {

  /** How a year filter reads the year's column. */
  enum Year {
    /** a timestamp column, bounded by 1 January of the year and of the next */
    TIMESTAMP,
    /** a date column, bounded likewise */
    DATE,
    /** a column that holds the year as a number */
    NUMBER
  }

  String where(RawFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE ").append(region).append(" = ?");
    if (filter.courseCode() != null) {
      where.append(" AND ").append(course).append(" = ?");
    }
    if (filter.year() != null) {
      where.append(
          year == Year.NUMBER
              ? " AND " + yearColumn + " = ?"
              : " AND " + yearColumn + " >= ? AND " + yearColumn + " < ?");
    }
    return where.toString();
  }

  PreparedStatement rows(Connection connection, RawFilter filter, int fetchSize)
      throws SQLException {
    PreparedStatement statement =
        connection.prepareStatement(
            "SELECT " + select + " FROM " + from + where(filter) + " ORDER BY " + order,
            ResultSet.TYPE_FORWARD_ONLY,
            ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(fetchSize);
    bind(statement, filter);
    return statement;
  }

  PreparedStatement count(Connection connection, RawFilter filter) throws SQLException {
    PreparedStatement statement =
        connection.prepareStatement("SELECT COUNT(*) FROM " + from + where(filter));
    bind(statement, filter);
    return statement;
  }

  private void bind(PreparedStatement statement, RawFilter filter) throws SQLException {
    List<Object> values = new ArrayList<>();
    values.add(filter.regionId());
    if (filter.courseCode() != null) {
      values.add(filter.courseCode());
    }
    if (filter.year() != null) {
      LocalDate from = LocalDate.of(filter.year(), 1, 1);
      LocalDate to = from.plusYears(1);
      switch (year) {
        case NUMBER -> values.add(filter.year());
        case DATE -> {
          values.add(Date.valueOf(from));
          values.add(Date.valueOf(to));
        }
        case TIMESTAMP -> {
          values.add(Timestamp.valueOf(from.atStartOfDay()));
          values.add(Timestamp.valueOf(to.atStartOfDay()));
        }
      }
    }
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }
}
