package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.latih.testing.seed.RegionSeed;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * An evaluator starts an export of the region's attendance on the exports page, on a phone and on a
 * desktop screen, watches it finish and downloads the file the page offers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsBrowserIT {

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @ArquillianResource URL base;

  @Test
  void anEvaluatorStartsAnExportWatchesItAndDownloadsTheFile() throws Exception {
    RegionSeed.Result seeded = SeedDatabase.seedNewRegion(new RegionSeed.Size(12, 2, 1, 1, 0));
    for (int width : new int[] {390, 1366}) {
      Browser browser = browsers.open(width, 900);
      browser.signIn(base, seeded.evaluator(), SeedDatabase.IT_PASSWORD);
      browser.open(base + "#/report/exports");
      new Select(browser.await("#export-kind")).selectByValue("attendance");
      new Select(browser.await("#export-format")).selectByValue("csv");
      assertEquals(
          "Semua tahun",
          new Select(browser.await("#export-year")).getFirstSelectedOption().getText());
      browser.click("#export-start");
      String href = browser.await("#export-download").getAttribute("href");
      assertTrue(href.matches(".*/api/v1/report/exports/[0-9a-f-]{36}/file"), href);
      browser.awaitText("#export-recent", "Kehadiran");
      Object text =
          ((JavascriptExecutor) browser.driver)
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(document.querySelector('#export-download').href)"
                      + ".then(r => r.text()).then(done).catch(e => done(String(e)));");
      assertTrue(
          // the browser's text decoder drops the byte order mark (BackgroundExportIT checks it)
          String.valueOf(text).startsWith("Peserta;NIP;Unit kerja;Kode pelatihan;Angkatan"),
          String.valueOf(text).substring(0, Math.min(200, String.valueOf(text).length())));
    }
  }
}
