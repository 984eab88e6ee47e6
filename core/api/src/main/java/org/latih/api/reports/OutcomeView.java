package org.latih.api.reports;

import java.util.List;

/** Read-only outcome data of one region, handed to a report by the host. */
public interface OutcomeView {

  String region();

  List<EnrolmentRow> enrolments();

  List<AttendanceRow> attendance();

  List<ScoreRow> testScores();

  List<ResponseRow> formResponses(String formId);

  List<IndicatorRow> unitIndicators();
}
