package org.latih.course.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.kernel.identity.user.control.Csv;
import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * Enrols the NIPs of a CSV into a cohort. Each row is its own transaction: a full cohort or an
 * unknown NIP rejects that row only, with the reason.
 */
@ApplicationScoped
public class CohortEnrolmentImport {

  @Inject Enrolments enrolments;

  public record Row(int line, String nip, String outcome, FieldProblem problem) {}

  public record Report(int enrolled, int rejected, List<Row> rows) {}

  public Report run(Caller caller, long cohortId, String csv) {
    List<Csv.Row> rows = Csv.parse(csv);
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "csv.empty");
    }
    int column =
        rows.get(0).cells().stream()
            .map(c -> c.strip().toLowerCase(Locale.ROOT))
            .toList()
            .indexOf("nip");
    if (column < 0) {
      throw new InvalidInputException("file", "csv.nipColumn");
    }
    List<Row> results = new ArrayList<>();
    int enrolled = 0;
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.blank()) {
        continue;
      }
      String nip = column < row.cells().size() ? row.cells().get(column).strip() : "";
      try {
        enrolments.enrolInCohort(caller, cohortId, nip);
        enrolled++;
        results.add(new Row(row.line(), nip, "ENROLLED", null));
      } catch (DomainException e) {
        FieldProblem problem =
            e.fieldProblems().isEmpty()
                ? new FieldProblem("nip", e.messageKey(), e.args())
                : e.fieldProblems().get(0);
        results.add(new Row(row.line(), nip, "REJECTED", problem));
      }
    }
    return new Report(enrolled, results.size() - enrolled, results);
  }
}
