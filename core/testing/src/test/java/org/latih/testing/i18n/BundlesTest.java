package org.latih.testing.i18n;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class BundlesTest {

  @Test
  void aCompleteBundleWithTypedPlaceholdersPasses() {
    Bundles.assertComplete(BundlesTest.class, "complete");
  }

  @Test
  void aKeyMissingInOneLanguageIsNamed() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class, () -> Bundles.assertComplete(BundlesTest.class, "missing"));
    assertTrue(e.getMessage().contains("keys missing in English"), e.getMessage());
    assertTrue(e.getMessage().contains("farewell"), e.getMessage());
  }

  @Test
  void aTextThatIsNoMessageFormatFails() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class, () -> Bundles.assertComplete(BundlesTest.class, "broken"));
    assertTrue(e.getMessage().contains("broken greeting"), e.getMessage());
  }

  @Test
  void aMissingBundleFails() {
    assertThrows(
        AssertionFailedError.class, () -> Bundles.assertComplete(BundlesTest.class, "absent"));
  }
}
