package org.latih.kernel.identity.user.control;

import java.util.ArrayList;
import java.util.List;
import org.latih.kernel.rest.InvalidInputException;

/**
 * Reads CSV as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, CRLF or LF). The
 * delimiter is a comma or, as Indonesian-locale Excel writes it, a semicolon: whichever the header
 * line uses. A broken file is refused whole, naming the line.
 */
public final class Csv {

  private Csv() {}

  /** One record and the line it starts on. */
  public record Row(int line, List<String> cells) {
    public boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  public static List<Row> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char delimiter = delimiterOf(body);
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"') {
        if (cell.length() > 0 && !cell.toString().isBlank() || wasQuoted) {
          throw new InvalidInputException("file", "csv.strayQuote", line);
        }
        cell.setLength(0);
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        rows.add(new Row(rowLine, List.copyOf(cells)));
        cells.clear();
        cell.setLength(0);
        wasQuoted = false;
        line++;
        rowLine = line;
      } else {
        if (wasQuoted && !Character.isWhitespace(c)) {
          throw new InvalidInputException("file", "csv.strayQuote", line);
        }
        if (!wasQuoted) {
          cell.append(c);
        }
      }
    }
    if (quoted) {
      throw new InvalidInputException("file", "csv.unterminatedQuote", quoteLine);
    }
    if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
      cells.add(cell.toString());
      rows.add(new Row(rowLine, List.copyOf(cells)));
    }
    return rows;
  }

  private static char delimiterOf(String body) {
    int end = body.indexOf('\n');
    String header = end < 0 ? body : body.substring(0, end);
    long commas = header.chars().filter(ch -> ch == ',').count();
    long semicolons = header.chars().filter(ch -> ch == ';').count();
    return semicolons > commas ? ';' : ',';
  }
}
