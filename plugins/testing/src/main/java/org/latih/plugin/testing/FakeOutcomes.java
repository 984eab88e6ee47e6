package org.latih.plugin.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

/** Hand-made outcome data for report tests. */
public final class FakeOutcomes implements OutcomeView {

  private final List<EnrolmentRow> enrolments = new ArrayList<>();
  private final List<AttendanceRow> attendance = new ArrayList<>();
  private final List<ScoreRow> scores = new ArrayList<>();
  private final List<ResponseRow> responses = new ArrayList<>();
  private final List<IndicatorRow> indicators = new ArrayList<>();

  public FakeOutcomes enrol(
      String course, String cohort, String unit, int year, boolean done, int jp) {
    enrolments.add(new EnrolmentRow(course, cohort, unit, year, done, jp));
    return this;
  }

  public FakeOutcomes attend(
      String course, String cohort, String session, String mode, String unit, boolean present) {
    attendance.add(new AttendanceRow(course, cohort, session, mode, unit, present));
    return this;
  }

  public FakeOutcomes score(String course, String cohort, String unit, Double pre, Double post) {
    scores.add(new ScoreRow(course, cohort, unit, pre, post));
    return this;
  }

  public FakeOutcomes respond(
      String formId, String course, String cohort, String unit, Map<String, String> answers) {
    responses.add(new ResponseRow(formId, course, cohort, unit, answers));
    return this;
  }

  public FakeOutcomes indicator(String unit, String indicator, String period, double value) {
    indicators.add(new IndicatorRow(unit, indicator, period, value));
    return this;
  }

  @Override
  public String region() {
    return "uji";
  }

  @Override
  public List<EnrolmentRow> enrolments() {
    return enrolments;
  }

  @Override
  public List<AttendanceRow> attendance() {
    return attendance;
  }

  @Override
  public List<ScoreRow> testScores() {
    return scores;
  }

  @Override
  public List<ResponseRow> formResponses(String formId) {
    return responses.stream().filter(r -> formId.equals(r.formId())).toList();
  }

  @Override
  public List<IndicatorRow> unitIndicators() {
    return indicators;
  }

  /** A view whose every list is null, as a careless host might hand over. */
  public static OutcomeView nulls() {
    return new OutcomeView() {
      public String region() {
        return null;
      }

      public List<EnrolmentRow> enrolments() {
        return null;
      }

      public List<AttendanceRow> attendance() {
        return null;
      }

      public List<ScoreRow> testScores() {
        return null;
      }

      public List<ResponseRow> formResponses(String formId) {
        return null;
      }

      public List<IndicatorRow> unitIndicators() {
        return null;
      }
    };
  }
}
