package org.latih.assessment.question.boundary;

import java.util.List;
import java.util.Locale;
import org.latih.assessment.question.control.QuestionBank.ImportSummary;
import org.latih.kernel.i18n.Messages;

/**
 * What an import did, as its author reads it: counts of questions created, revised and left
 * unchanged, and every question skipped (only on request) with its line and the reason in the
 * reader's language.
 */
public record ImportReport(
    int created, int revised, int unchanged, int skipped, List<SkippedView> skippedQuestions) {

  /** One skipped question: the line where it starts (0 when unknown) and why. */
  public record SkippedView(int line, String reason) {}

  static ImportReport of(ImportSummary s, Locale locale) {
    List<SkippedView> skipped =
        s.skipped().stream()
            .map(
                p ->
                    new SkippedView(
                        p.line(), Messages.text(locale, p.messageKey(), p.args().toArray())))
            .toList();
    return new ImportReport(s.created(), s.revised(), s.unchanged(), skipped.size(), skipped);
  }
}
