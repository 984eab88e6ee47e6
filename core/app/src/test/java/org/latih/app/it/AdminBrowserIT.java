package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin's day in a real browser on a phone-sized screen: sign in, import people, find them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void adminSignsInImportsACsvAndSeesTheResultPerRow() throws Exception {
    String first = Api.newNip();
    String second = Api.newNip();
    Path csv =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "peserta-", ".csv");
    Files.writeString(
        csv,
        "nip,nama,unit_kerja,wilayah,peran\n"
            + first
            + ",Dewi Lestari,Dinas Kominfo,kupang,learner\n"
            + second
            + ",Yohanes Nope,Bappeda,kupang,learner|instructor\n"
            + "19900101,NIP Terpotong,Bappeda,kupang,learner\n");

    Browser browser = browsers.open(390, 844);
    try {
      browser.open(base.toString());
      browser.type("#username", "admin");
      browser.type("#password", "bukan-sandinya");
      browser.click("#login-submit");
      assertEquals(
          "Nama pengguna atau kata sandi salah.",
          browser.await("#login-form .message.error").getText());

      browser.type("#password", Api.ADMIN_PASSWORD);
      browser.click("#login-submit");
      browser.awaitText("#welcome", "Selamat datang");

      browser.click("#menu-toggle");
      browser.click("#nav a[href='#/admin/users/import']");
      browser.await("#import-file").sendKeys(csv.toAbsolutePath().toString());
      browser.click("#import-submit");
      String summary = browser.await("#import-summary").getText();
      assertEquals("2 dibuat, 0 diperbarui, 1 ditolak", summary);
      String rejected =
          browser.driver.findElement(By.cssSelector("#import-result tr.rejected")).getText();
      assertTrue(rejected.contains("18 digit"), rejected);

      browser.click("#menu-toggle");
      browser.click("#nav a[href='#/admin/users']");
      browser.type(".filters input[name=q]", second);
      browser.click(".filters button");
      browser.awaitText("#user-table table", "Yohanes Nope");

      new Select(browser.await("#language")).selectByValue("en");
      browser.click("#menu-toggle");
      browser.awaitText("#nav", "Users");
      browser.click("#logout");
      browser.awaitText("#login-form h1", "Sign in to Latih");
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  @Test
  void aKeyboardUserSkipsStraightToTheContent() throws Exception {
    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, People.create(base, "kupang", "LEARNER"));
    String url = browser.driver.getCurrentUrl();
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
    assertEquals(
        "skip-link",
        js.executeScript(
            "return document.querySelector('a[href], button, input, select, textarea,"
                + " [tabindex]:not([tabindex=\"-1\"])').id;"),
        "the first stop of the Tab key");
    WebElement skip = browser.driver.findElement(By.id("skip-link"));
    js.executeScript("arguments[0].focus();", skip);
    assertEquals("Langsung ke isi", skip.getText());
    assertTrue(skip.getRect().getX() >= 0, "shown once it has the focus");
    skip.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertEquals("main", browser.driver.switchTo().activeElement().getAttribute("id"));
    assertEquals(url, browser.driver.getCurrentUrl(), "the page stays where it was");
  }

  @Test
  void savingTheUserFormSaysItWasSaved() throws Exception {
    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, "admin", Api.ADMIN_PASSWORD);
    browser.open(base + "#/admin/users/new");
    browser.type("#user-form input[name='nip']", Api.newNip());
    new Select(browser.await("#user-form select[name='region']")).selectByValue("kupang");
    browser.click("#user-save");
    // the server's message beside the field names it as the form does, not by its API name
    String missing = browser.awaitText("#user-form .field-error", "Nama").getText();
    assertFalse(missing.contains("'name'"), missing);
    browser.type("#user-form input[name='name']", "Maria Ndolu");
    new Select(browser.await("#user-form select[name='region']")).selectByValue("kupang");
    browser.click("#user-save");
    // the form of the new user, drawn again, says it was saved
    browser.awaitText("#user-form .message.notice", "Tersimpan");
    assertTrue(browser.driver.getCurrentUrl().matches(".*#/admin/users/\\d+$"));

    browser.type("#user-form input[name='jabatan']", "Analis Kebijakan");
    browser.click("#user-save");
    browser.awaitText("#user-form .message.notice", "Tersimpan");
    assertEquals(
        "Analis Kebijakan",
        browser.await("#user-form input[name='jabatan']").getAttribute("value"));
  }

  @Test
  void theSystemAdminsMenuFitsEveryDesktopWidth() throws Exception {
    for (int width : new int[] {800, 1024, 1366, 1920}) {
      Browser browser = browsers.open(width, 768);
      browser.signIn(base, "admin", Api.ADMIN_PASSWORD);
      WebElement logout = browser.await("#logout");
      var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
      long viewport = ((Number) js.executeScript("return window.innerWidth;")).longValue();
      long page =
          ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
      assertTrue(page <= viewport, "the page scrolls sideways at " + width + " px: " + page);
      long right = logout.getRect().getX() + logout.getRect().getWidth();
      assertTrue(right <= viewport, "Keluar is off-screen at " + width + " px: " + right);
    }
  }

  @Test
  void aLearnerSeesNoAdministrationAndIsToldSoWhenTryingAnyway() throws Exception {
    String nip = People.create(base, "solok", "LEARNER");
    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, nip);
    assertTrue(
        browser.driver.findElements(By.cssSelector("#nav a[href='#/admin/users']")).isEmpty());
    browser.open(base + "#/admin/users");
    browser.awaitText("#main .message", "Peran Anda tidak dapat membuka halaman ini.");
    browser.open(base + "#/profile");
    browser.awaitText("#profile", nip);
  }

  @Test
  void aNewRegionsAdminIsLedThroughTheFirstStepsWithAMenuGroupedByWork() throws Exception {
    String region = Regions.create(base, "mulai");
    String admin = People.create(base, region, "REGIONAL_ADMIN");
    Browser browser = browsers.open(1366, 768);
    browser.signIn(base, admin);
    browser.awaitText("#checklist", "Langkah awal");
    browser.await("#checklist li[data-step='import'] a[href='#/admin/users/import']");
    browser.await("#checklist li[data-step='plugin'] a[href='#/admin/plugins']");
    browser.await("#nav [role=group][aria-label='Administrasi'] a[href='#/admin/users']");
    browser.await("#nav [role=group][aria-label='Belajar'] a[href='#/courses']");

    // a learner of the region with a password: imported and activated, so both are ticked
    People.create(base, region, "LEARNER");
    browser.driver.navigate().refresh();
    browser.awaitText("#checklist", "2 dari 4 langkah selesai");
    assertTrue(
        browser
            .driver
            .findElements(By.cssSelector("#checklist li[data-step='import'] a"))
            .isEmpty(),
        "a step done is no longer a link");
    browser.click("#checklist-hide");
    browser.driver.navigate().refresh();
    browser.awaitText("#welcome", "Selamat datang");
    assertTrue(browser.driver.findElements(By.id("checklist")).isEmpty(), "hidden for good");
  }

  @Test
  void aNipTypedOnTheSignInPageStaysWhenTheLanguageChanges() throws Exception {
    Browser browser = browsers.open(390, 844);
    browser.open(base.toString());
    browser.type("#username", "199001012015031001");
    new Select(browser.await("#language")).selectByValue("en");
    browser.awaitText("#login-submit", "Sign in");
    assertEquals("199001012015031001", browser.await("#username").getAttribute("value"));
  }

  @Test
  void aLearnersMenuIsOnePlainList() throws Exception {
    Browser browser = browsers.open(390, 844);
    browser.signIn(base, People.create(base, "solok", "LEARNER"));
    browser.click("#menu-toggle");
    browser.await("#nav a[href='#/my/transcript']");
    assertEquals(0, browser.driver.findElements(By.cssSelector("#nav .nav-group-title")).size());
    assertTrue(browser.driver.findElements(By.id("checklist")).isEmpty());
  }
}
