package org.latih.kernel.identity.user.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.kernel.identity.user.entity.Nip;
import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * Bulk import of users from CSV. The file's shape is checked first (header, quoting, row count) and
 * a bad shape rejects the whole file. Then each row is created or updated in its own transaction: a
 * rejected row writes nothing, and never stops the rows after it.
 */
@ApplicationScoped
public class UserImport {

  public static final int MAX_ROWS = 10_000;

  private static final Logger LOG = Logger.getLogger(UserImport.class.getName());

  /** Column names accepted in the header, in English or Indonesian, mapped to draft fields. */
  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    for (String[] names :
        new String[][] {
          {"nip"},
          {"name", "nama"},
          {"email", "surel"},
          {"instansi"},
          {"unit_kerja", "unitkerja", "unit kerja"},
          {"jabatan"},
          {"golongan"},
          {"region", "wilayah"},
          {"roles", "role", "peran"}
        }) {
      Arrays.stream(names).forEach(n -> COLUMNS.put(n, names[0]));
    }
  }

  @Inject Users users;

  /** A row's fate: its line, NIP, outcome and, if rejected, every reason. */
  public record RowResult(int line, String nip, String outcome, List<FieldProblem> problems) {}

  public record Report(int created, int updated, int rejected, List<RowResult> rows) {}

  public Report run(Caller caller, String csv) {
    List<Csv.Row> rows = Csv.parse(csv);
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "csv.empty");
    }
    String[] fields = header(rows.get(0));
    List<Csv.Row> data = rows.subList(1, rows.size()).stream().filter(r -> !r.blank()).toList();
    if (data.isEmpty()) {
      throw new InvalidInputException("file", "csv.noRows");
    }
    if (data.size() > MAX_ROWS) {
      throw new InvalidInputException("file", "csv.tooManyRows", data.size(), MAX_ROWS);
    }
    List<RowResult> results = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int created = 0;
    int updated = 0;
    for (Csv.Row row : data) {
      Map<String, String> values = values(fields, row);
      String nip = values.get("nip");
      try {
        if (row.cells().size() != fields.length) {
          throw new InvalidInputException(
              "file", "csv.cellCount", row.cells().size(), fields.length);
        }
        String key = Nip.of(nip).value();
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
          throw new InvalidInputException("nip", "csv.duplicateNip", first);
        }
        Users.Outcome outcome = users.upsert(caller, draft(values));
        if (outcome == Users.Outcome.CREATED) {
          created++;
        } else {
          updated++;
        }
        results.add(new RowResult(row.line(), nip, outcome.name(), List.of()));
      } catch (RuntimeException e) {
        results.add(new RowResult(row.line(), nip, "REJECTED", problemsOf(e, row.line())));
      }
    }
    return new Report(created, updated, data.size() - created - updated, results);
  }

  private static String[] header(Csv.Row row) {
    String[] fields = new String[row.cells().size()];
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      String name = row.cells().get(i).strip().toLowerCase(Locale.ROOT);
      fields[i] = COLUMNS.get(name);
      if (fields[i] == null) {
        unknown.add(row.cells().get(i));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "file",
          "csv.unknownColumns",
          String.join(", ", unknown),
          String.join(", ", COLUMNS.keySet()));
    }
    List<String> present = Arrays.asList(fields);
    if (!present.contains("nip") || !present.contains("name")) {
      throw new InvalidInputException("file", "csv.requiredColumns");
    }
    return fields;
  }

  private static Map<String, String> values(String[] fields, Csv.Row row) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < Math.min(fields.length, row.cells().size()); i++) {
      String cell = row.cells().get(i).strip();
      values.put(fields[i], cell.isEmpty() ? null : cell);
    }
    return values;
  }

  private static UserDraft draft(Map<String, String> v) {
    String roles = v.get("roles");
    return new UserDraft(
        v.get("nip"),
        v.get("name"),
        v.get("email"),
        v.get("instansi"),
        v.get("unit_kerja"),
        v.get("jabatan"),
        v.get("golongan"),
        v.get("region"),
        roles == null ? null : Arrays.asList(roles.split("[|;,]")),
        null,
        null);
  }

  private static List<FieldProblem> problemsOf(RuntimeException e, int line) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return domain.fieldProblems().isEmpty()
            ? List.of(new FieldProblem("row", domain.messageKey(), domain.args()))
            : domain.fieldProblems();
      }
    }
    LOG.log(Level.WARNING, "Import row " + line + " failed", e);
    return List.of(new FieldProblem("row", "csv.rowFailed"));
  }
}
