package org.latih.report.export.api;

import java.util.List;
import java.util.function.Consumer;

/**
 * One table of a report or of a raw export, handed to a writer row by row so that an export of a
 * million rows never holds them all. Cells are {@code String}, a {@code Number} (written as a
 * number, never as text), a {@code java.time.LocalDate}, or null for "no data" (an empty cell,
 * never 0 or a dash).
 */
public interface Table {

  /** A short name for the sheet or file, in the reader's language ("Kepatuhan JP"). */
  String name();

  /** The column headings, in the reader's language. */
  List<String> columns();

  /** Calls {@code row} once per row, in order; each list has one cell per column. */
  void rows(Consumer<List<Object>> row);

  /**
   * A table named {@code name} with {@code columns}, whose rows {@code rows} hands over one by one
   * each time the table is written.
   */
  static Table of(String name, List<String> columns, Consumer<Consumer<List<Object>>> rows) {
    List<String> headings = List.copyOf(columns);
    return new Table() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> columns() {
        return headings;
      }

      @Override
      public void rows(Consumer<List<Object>> row) {
        rows.accept(row);
      }
    };
  }
}
