package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The roll-out in a real browser, on a desk and on a phone: the region's admin issues codes for
 * everyone not activated yet and gets a sheet of slips; an imported ASN types NIP and code from the
 * slip on the sign-in page, chooses a password and lands signed in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivationBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @ParameterizedTest
  @CsvSource({"1366, 768", "390, 844"})
  void anImportedAsnActivatesWithTheCodeFromTheAdminsSlip(int width, int height) throws Exception {
    Activation region = Activation.region(base, 2, Map.of());
    String nip = region.nips().get(1);

    Browser browser = browsers.open(width, height);
    browser.signIn(base, region.adminNip());
    browser.open(base + "#/admin/users");
    browser.awaitText("#user-table table", "Belum aktif");
    browser.click("#activation-codes");
    browser.click("#activation-submit");
    browser.awaitText("#issued-codes .message.notice", "2 kode dibuat");
    List<WebElement> slips = browser.driver.findElements(By.cssSelector("#slips .slip"));
    assertEquals(2, slips.size());
    String code =
        slips.stream()
            .filter(s -> s.findElement(By.cssSelector(".nip")).getText().equals(nip))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector(".code"))
            .getText();
    assertTrue(code.matches("[0-9A-Z]{5}-[0-9A-Z]{5}"), code);
    assertTrue(slips.get(0).getText().contains("Aktifkan akun"), "the slip says how to activate");
    fitsTheViewport(browser);
    // printed, the sheet is the slips alone: no header, menu, form or buttons
    var chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver;
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertFalse(browser.driver.findElement(By.cssSelector("header.bar")).isDisplayed());
      assertFalse(browser.driver.findElement(By.id("activation-form")).isDisplayed());
      assertFalse(browser.driver.findElement(By.id("print-slips")).isDisplayed());
      assertTrue(slips.stream().allMatch(WebElement::isDisplayed));
      assertEquals("avoid", slips.get(0).getCssValue("break-inside"));
      SHOT.accept(browser, "print-" + width);
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    browser.click("#print-slips");
    if (browser.driver.findElement(By.id("menu-toggle")).isDisplayed()) {
      browser.click("#menu-toggle");
    }
    browser.click("#logout");

    browser.await("#login-form");
    browser.click("#activate-link");
    browser.type("#activate-nip", nip);
    browser.type("#activate-code", code.toLowerCase(java.util.Locale.ROOT));
    browser.type("#new-password", "Sandi-Saya-Sendiri-1");
    browser.type("#new-password-again", "Sandi-Saya-Sendiri-2");
    browser.click("#activate-submit");
    browser.awaitText("#activate-form .field-error", "tidak sama");
    fitsTheViewport(browser);

    browser.type("#new-password-again", "Sandi-Saya-Sendiri-1");
    browser.click("#activate-submit");
    browser.awaitText("#welcome", "Selamat datang");
    assertTrue(browser.driver.findElement(By.id("welcome")).getText().contains("Pegawai 1"));
    Api.as(base, nip, "Sandi-Saya-Sendiri-1");
  }

  /** Screenshots for a person to look at, when -Dlatih.it.shots=<folder> is given. */
  private static final java.util.function.BiConsumer<Browser, String> SHOT =
      (browser, name) -> {
        String folder = System.getProperty("latih.it.shots");
        if (folder == null) {
          return;
        }
        try {
          java.nio.file.Files.write(
              java.nio.file.Path.of(folder, "activation-" + name + ".png"),
              ((org.openqa.selenium.TakesScreenshot) browser.driver)
                  .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };

  private static void fitsTheViewport(Browser browser) {
    var js = (JavascriptExecutor) browser.driver;
    long viewport = ((Number) js.executeScript("return window.innerWidth;")).longValue();
    long page =
        ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
    assertTrue(page <= viewport, "the page scrolls sideways: " + page + " > " + viewport);
  }
}
