package org.latih.report.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latih.testing.i18n.Bundles;

/**
 * Every report message and UI text exists in Bahasa Indonesia and in English, and every one
 * formats.
 */
class ReportMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"messages", "ui"})
  void bothLanguagesHaveTheSameKeysAndEveryTextFormats(String bundle) {
    Bundles.assertComplete(ReportMessagesTest.class, bundle);
  }
}
