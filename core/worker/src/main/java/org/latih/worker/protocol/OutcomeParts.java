package org.latih.worker.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which parts of a region's outcome data a request carries, or a report read: each table of {@link
 * org.latih.api.reports.OutcomeView}, and the forms whose responses. Most reports read one or two
 * of them (Kupang's attendance report reads the attendance alone), so the host loads and sends only
 * what a report read the last time ({@link #NONE} the first time) and builds again with more when
 * the plugin asked for a part it was not sent.
 *
 * @param forms the form ids, sorted; null for every form
 */
public record OutcomeParts(
    boolean enrolments,
    boolean attendance,
    boolean testScores,
    boolean unitIndicators,
    List<String> forms) {

  /**
   * Past this many distinct forms a read counts as one of every form: a bound on what a plugin can
   * make the host load one form at a time.
   */
  public static final int MAX_FORMS = 32;

  /**
   * The longest form id there can be (core/api's Checks): a longer one names no form's responses.
   */
  private static final int MAX_FORM_ID = 64;

  public static final OutcomeParts NONE = new OutcomeParts(false, false, false, false, List.of());
  public static final OutcomeParts ALL = new OutcomeParts(true, true, true, true, null);

  public OutcomeParts {
    if (forms != null) {
      TreeSet<String> sorted = new TreeSet<>();
      for (String form : forms) {
        if (namesForm(form)) {
          sorted.add(form);
        }
      }
      forms = sorted.size() > MAX_FORMS ? null : List.copyOf(sorted);
    }
  }

  /** Whether {@code formId} can be a form's id at all. */
  public static boolean namesForm(String formId) {
    return formId != null && formId.length() <= MAX_FORM_ID;
  }

  /** Whether the responses to {@code formId} are among these parts. */
  public boolean hasForm(String formId) {
    return forms == null || forms.contains(formId);
  }

  /** Whether any form's responses are among these parts. */
  public boolean anyForm() {
    return forms == null || !forms.isEmpty();
  }

  /** These parts and {@code more}. */
  public OutcomeParts with(OutcomeParts more) {
    List<String> both = null;
    if (forms != null && more.forms != null) {
      both = new ArrayList<>(forms);
      both.addAll(more.forms);
    }
    return new OutcomeParts(
        enrolments || more.enrolments,
        attendance || more.attendance,
        testScores || more.testScores,
        unitIndicators || more.unitIndicators,
        both);
  }

  /** The parts of {@code other} that these lack. */
  public OutcomeParts lacking(OutcomeParts other) {
    List<String> lacking;
    if (other.forms == null) {
      lacking = forms == null ? List.of() : null;
    } else {
      lacking = other.forms.stream().filter(f -> !hasForm(f)).toList();
    }
    return new OutcomeParts(
        other.enrolments && !enrolments,
        other.attendance && !attendance,
        other.testScores && !testScores,
        other.unitIndicators && !unitIndicators,
        lacking);
  }

  /** Whether these parts hold all of {@code other}. */
  public boolean covers(OutcomeParts other) {
    return lacking(other).equals(NONE);
  }
}
