package org.latih.worker.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

/**
 * The outcome data one report is built from, loaded by the host before the plugin's clock starts
 * and handed over whole: core/api rows in unmodifiable lists, so a plugin's call costs the database
 * nothing and the same value travels to the plugin's worker as it is.
 *
 * @param responses every form's responses, by form id
 */
public record OutcomeSnapshot(
    String region,
    List<EnrolmentRow> enrolments,
    List<AttendanceRow> attendance,
    List<ScoreRow> testScores,
    Map<String, List<ResponseRow>> responses,
    List<IndicatorRow> unitIndicators)
    implements OutcomeView {

  public OutcomeSnapshot {
    enrolments = unmodifiable(enrolments);
    attendance = unmodifiable(attendance);
    testScores = unmodifiable(testScores);
    responses =
        responses.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> unmodifiable(e.getValue())));
    unitIndicators = unmodifiable(unitIndicators);
  }

  /**
   * A copy, but for rows read from columns: those are unmodifiable, and a copy would make them all.
   */
  private static <T> List<T> unmodifiable(List<T> rows) {
    return rows instanceof ColumnRows<T> ? rows : List.copyOf(rows);
  }

  /** This data with only {@code parts}: every other table empty, every other form left out. */
  public OutcomeSnapshot only(OutcomeParts parts) {
    Map<String, List<ResponseRow>> forms = new HashMap<>(responses);
    forms.keySet().removeIf(form -> !parts.hasForm(form));
    return new OutcomeSnapshot(
        region,
        parts.enrolments() ? enrolments : List.of(),
        parts.attendance() ? attendance : List.of(),
        parts.testScores() ? testScores : List.of(),
        forms,
        parts.unitIndicators() ? unitIndicators : List.of());
  }

  /** This data with {@code more}'s {@code parts} in place of its own. */
  public OutcomeSnapshot with(OutcomeSnapshot more, OutcomeParts parts) {
    Map<String, List<ResponseRow>> forms = new HashMap<>(responses);
    forms.keySet().removeIf(parts::hasForm);
    more.responses.forEach(
        (form, rows) -> {
          if (parts.hasForm(form)) {
            forms.put(form, rows);
          }
        });
    return new OutcomeSnapshot(
        region,
        parts.enrolments() ? more.enrolments : enrolments,
        parts.attendance() ? more.attendance : attendance,
        parts.testScores() ? more.testScores : testScores,
        forms,
        parts.unitIndicators() ? more.unitIndicators : unitIndicators);
  }

  /** The responses to one form; none for a form nobody answered (or a null id). */
  @Override
  public List<ResponseRow> formResponses(String formId) {
    return formId == null ? List.of() : responses.getOrDefault(formId, List.of());
  }
}
