package org.latih.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The expected outcome of every endpoint for every identity, read from authz-matrix.csv: one row
 * per "METHOD path-template", one column per identity. An outcome is a class of statuses, so that a
 * changed error text or a 400 turned 422 does not touch the table, but a refusal turned success
 * does.
 */
public record AuthorisationTable(List<String> identities, Map<String, Map<String, String>> rows) {

  /** The outcome classes a cell may hold. */
  public static final List<String> OUTCOMES = List.of("2xx", "input", "401", "403", "404");

  public static AuthorisationTable read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    AuthorisationTable.class.getResourceAsStream("/authz-matrix.csv")),
                StandardCharsets.UTF_8))) {
      List<String> lines = in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      List<String> header = Arrays.asList(lines.get(0).split(","));
      List<String> identities = header.subList(2, header.size());
      Map<String, Map<String, String>> rows = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < identities.size(); i++) {
          outcomes.put(identities.get(i), i + 2 < cells.length ? cells[i + 2].strip() : "");
        }
        rows.put(cells[0].strip() + " " + cells[1].strip(), outcomes);
      }
      return new AuthorisationTable(identities, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class of an HTTP status as the table writes it. */
  public static String outcome(int status) {
    if (status >= 200 && status < 300) {
      return "2xx";
    }
    return switch (status) {
      case 400, 409, 413, 415, 422 -> "input";
      default -> String.valueOf(status);
    };
  }

  /** A row as it would be written in the file, for a failure message to show. */
  public static String line(String endpoint, List<String> outcomes) {
    return endpoint.replace(' ', ',') + "," + String.join(",", outcomes);
  }
}
