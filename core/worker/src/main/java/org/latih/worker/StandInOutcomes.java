package org.latih.worker;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.Section;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

/**
 * A few made-up rows of every part of the outcome data, which a plugin reads in place of a part the
 * host did not send ({@link WatchedOutcomes}). What it builds then is void and never leaves the
 * worker; the rows only lead it on to the parts it reads after the first. Read as empty, they
 * stopped it there: Bengkulu's report on delivery modes returns at once without attendance, so its
 * first build took three calls (nothing, attendance, attendance and test scores), the middle one
 * over a whole region's attendance (its first whole-region view 2.1-2.3 s through the server, 1.6 s
 * with these rows: bench/plugin-workers server). The rows are shaped like a region's (the request's
 * course and year, and the year before, two cohorts and two units kerja, every delivery mode, a
 * citizens' satisfaction indicator, the plugin's own forms answered), so that a plugin's usual
 * checks pass; one that finds them wanting only takes another call, as before.
 */
final class StandInOutcomes implements OutcomeView {

  private static final List<String> COHORTS = List.of("Angkatan I", "Angkatan II");
  private static final List<String> UNITS = List.of("Unit Kerja A", "Unit Kerja B");
  private static final List<String> MODES =
      List.of("classroom", "workshop", "webinar", "e-learning");
  private static final List<String> INDICATORS = List.of("IKM", "Capaian Kinerja");

  private final String region;
  private final String course;
  private final List<Integer> years;
  private final List<FormDefinition> forms;

  /** Rows for {@code request}; {@code forms} are the plugin's own, whose items get answers. */
  StandInOutcomes(String region, ReportRequest request, List<FormDefinition> forms) {
    this.region = region;
    this.course =
        request == null || request.courseCode() == null ? "contoh-pelatihan" : request.courseCode();
    int year = request == null || request.year() == null ? Year.now().getValue() : request.year();
    this.years = List.of(year - 1, year);
    this.forms = forms;
  }

  @Override
  public String region() {
    return region;
  }

  @Override
  public List<EnrolmentRow> enrolments() {
    List<EnrolmentRow> rows = new ArrayList<>();
    for (int year : years) {
      rows.addAll(
          perCohortAndUnit(
              (cohort, unit) ->
                  new EnrolmentRow(course, cohort, unit, year, unit.equals(UNITS.get(0)), 10)));
    }
    return List.copyOf(rows);
  }

  @Override
  public List<AttendanceRow> attendance() {
    List<AttendanceRow> rows = new ArrayList<>();
    for (String mode : MODES) {
      for (String cohort : COHORTS) {
        String session = "Sesi " + (rows.size() + 1);
        rows.add(new AttendanceRow(course, cohort, session, mode, UNITS.get(0), true, null));
        rows.add(new AttendanceRow(course, cohort, session, mode, UNITS.get(1), false, "IZIN"));
      }
    }
    return List.copyOf(rows);
  }

  @Override
  public List<ScoreRow> testScores() {
    List<ScoreRow> rows =
        new ArrayList<>(
            perCohortAndUnit((cohort, unit) -> new ScoreRow(course, cohort, unit, 60.0, 80.0)));
    rows.add(new ScoreRow(course, COHORTS.get(0), UNITS.get(0), null, 70.0));
    return List.copyOf(rows);
  }

  @Override
  public List<ResponseRow> formResponses(String formId) {
    Map<String, String> answers = new LinkedHashMap<>();
    forms.stream()
        .filter(form -> form.id().equals(formId))
        .findFirst()
        .ifPresent(
            form -> {
              for (Section section : form.sections()) {
                section.items().forEach(item -> answers.put(item.id(), answer(item)));
              }
            });
    Map<String, String> answered = Map.copyOf(answers);
    return perCohortAndUnit(
        (cohort, unit) -> new ResponseRow(formId, course, cohort, unit, answered));
  }

  @Override
  public List<IndicatorRow> unitIndicators() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int year : years) {
      for (String unit : UNITS) {
        for (String indicator : INDICATORS) {
          rows.add(new IndicatorRow(unit, indicator, String.valueOf(year), 75.0 + rows.size()));
        }
      }
    }
    return List.copyOf(rows);
  }

  /** One row for each cohort and unit kerja, the units varying fastest. */
  private static <T> List<T> perCohortAndUnit(BiFunction<String, String, T> row) {
    List<T> rows = new ArrayList<>();
    for (String cohort : COHORTS) {
      for (String unit : UNITS) {
        rows.add(row.apply(cohort, unit));
      }
    }
    return List.copyOf(rows);
  }

  /**
   * An answer of the item's kind, as the host stores it: a scale's top, a choice's first option.
   */
  private static String answer(Item item) {
    return switch (item.kind()) {
      case LIKERT, RATING -> String.valueOf(item.scaleMax());
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> item.options().get(0);
      case NUMBER -> "1";
      case TEXT -> "contoh";
    };
  }
}
