package org.latih.report.export.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.latih.report.export.api.Table;

/**
 * Tables as one JSON document, written as it goes by a {@link JsonGenerator}: {@code {"tables":
 * [{"name": …, "columns": […], "rows": [[…], …]}]}}. Numbers are JSON numbers, dates ISO strings
 * (2025-03-01, 2025-03-01T08:30:00), no data is {@code null}.
 */
public final class JsonTableWriter implements TableWriter {

  @Override
  public void write(List<? extends Table> tables, OutputStream out, Locale locale) {
    try (JsonGenerator json = Json.createGenerator(new Unclosed(out))) {
      json.writeStartObject().writeStartArray("tables");
      for (Table table : tables) {
        json.writeStartObject().write("name", table.name()).writeStartArray("columns");
        table.columns().forEach(json::write);
        json.writeEnd().writeStartArray("rows");
        table.rows(
            row -> {
              json.writeStartArray();
              row.forEach(cell -> value(json, cell));
              json.writeEnd();
            });
        json.writeEnd().writeEnd();
      }
      json.writeEnd().writeEnd();
    }
  }

  private static void value(JsonGenerator json, Object cell) {
    if (cell == null) {
      json.writeNull();
    } else if (cell instanceof Number n && Cells.whole(n)) {
      json.write(n.longValue());
    } else if (cell instanceof Number n) {
      String plain = Cells.plain(n);
      if (plain.isEmpty()) {
        json.writeNull();
      } else {
        json.write(new BigDecimal(plain));
      }
    } else if (cell instanceof LocalDate || cell instanceof LocalDateTime) {
      json.write(cell.toString());
    } else {
      json.write(cell.toString());
    }
  }
}
