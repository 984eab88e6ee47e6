package org.latih.worker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;
import org.latih.worker.protocol.OutcomeParts;

/**
 * The outcome data as a plugin sees it in the worker, noting each part it asks for. A part the host
 * did not send reads as a few made-up rows ({@link StandInOutcomes}), and the plugin goes on:
 * whatever it then builds is void, and the answer names every part it asked for, so that one more
 * call usually has them all (an exception thrown instead would have stopped it at the first).
 * Plugins may read from several threads.
 */
final class WatchedOutcomes implements OutcomeView {

  private final OutcomeView data;
  private final OutcomeParts sent;
  private final OutcomeView standIn;
  private boolean enrolments;
  private boolean attendance;
  private boolean testScores;
  private boolean unitIndicators;
  private final Set<String> forms = new LinkedHashSet<>();

  /** {@code data} holding the {@code sent} parts; {@code standIn} read in place of the others. */
  WatchedOutcomes(OutcomeView data, OutcomeParts sent, OutcomeView standIn) {
    this.data = data;
    this.sent = sent == null ? OutcomeParts.ALL : sent;
    this.standIn = standIn;
  }

  /** Every part the plugin asked for so far. */
  synchronized OutcomeParts reads() {
    return new OutcomeParts(enrolments, attendance, testScores, unitIndicators, List.copyOf(forms));
  }

  /** Whether the plugin asked for a part it was not sent. */
  boolean missed() {
    return !sent.covers(reads());
  }

  @Override
  public String region() {
    return data.region();
  }

  @Override
  public List<EnrolmentRow> enrolments() {
    synchronized (this) {
      enrolments = true;
    }
    return sent.enrolments() ? data.enrolments() : standIn.enrolments();
  }

  @Override
  public List<AttendanceRow> attendance() {
    synchronized (this) {
      attendance = true;
    }
    return sent.attendance() ? data.attendance() : standIn.attendance();
  }

  @Override
  public List<ScoreRow> testScores() {
    synchronized (this) {
      testScores = true;
    }
    return sent.testScores() ? data.testScores() : standIn.testScores();
  }

  @Override
  public List<ResponseRow> formResponses(String formId) {
    if (!OutcomeParts.namesForm(formId)) {
      return List.of(); // never missed (OutcomeParts): made-up rows would pass for real ones
    }
    synchronized (this) {
      // past the bound, OutcomeParts counts every form: no need to remember more of them
      if (forms.size() <= OutcomeParts.MAX_FORMS) {
        forms.add(formId);
      }
    }
    return sent.hasForm(formId) ? data.formResponses(formId) : standIn.formResponses(formId);
  }

  @Override
  public List<IndicatorRow> unitIndicators() {
    synchronized (this) {
      unitIndicators = true;
    }
    return sent.unitIndicators() ? data.unitIndicators() : standIn.unitIndicators();
  }
}
