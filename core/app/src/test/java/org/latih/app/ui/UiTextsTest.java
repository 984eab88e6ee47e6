package org.latih.app.ui;

import org.junit.jupiter.api.Test;
import org.latih.testing.i18n.Bundles;

/** Every text of the web UI's shell exists in Bahasa Indonesia and in English, and formats. */
class UiTextsTest {

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryTextFormats() {
    Bundles.assertComplete(UiTextsTest.class, "ui");
  }
}
