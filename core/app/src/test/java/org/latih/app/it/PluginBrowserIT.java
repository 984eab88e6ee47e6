package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.latih.testing.plugin.PluginJars;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Kupang plugin in real browsers: Kupang's admin uploads it, a Kupang participant who has just
 * completed a course finds its form among the reminders on the home page and fills it in, Kupang's
 * evaluator opens its report, and Solok's admin sees none of it. Where uploads need approval, the
 * upload waits until a system admin approves it on the same page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void kupangUploadsItsPluginAParticipantAnswersAndTheEvaluatorReadsTheReport() throws Exception {
    String admin = People.create(base, "kupang", "REGIONAL_ADMIN");
    Path jar =
        Path.of("../../plugins/kupang/target/latih-plugin-kupang-1.0.0.jar")
            .toAbsolutePath()
            .normalize();
    try {
      Browser browser = browsers.open(1280, 900);
      browser.signIn(base, admin);
      browser.open(base + "#/admin/plugins");
      browser.await("#plugin-file").sendKeys(jar.toString());
      browser.click("#plugin-submit");
      browser.awaitText("#plugin-list", "latih-kupang");

      // a participant who has just completed a course of the region
      String course = CoursePackages.newId("evaluasi");
      Api instructor = People.signIn(base, People.create(base, "kupang", "INSTRUCTOR"));
      instructor.postBytes(
          "api/v1/course-packages", "application/zip", CoursePackages.valid(course, "1.0.0").zip());
      instructor.patch("api/v1/courses/" + course, "{\"published\":true}");
      String participant = People.create(base, "kupang", "LEARNER");
      Api learner = People.signIn(base, participant);
      learner.post("api/v1/courses/" + course + "/enrolment", "{}");
      Tests.takeWithFirstOptions(learner, course, "PRE_TEST");
      for (String lesson : List.of("01-satu", "02-dua", "03-tiga")) {
        learner.get("api/v1/courses/" + course + "/lessons/" + lesson);
        learner.post("api/v1/courses/" + course + "/lessons/" + lesson + "/completion", "");
      }

      browser = browsers.open(390, 844);
      browser.signIn(base, participant);
      browser.awaitText("#evaluation-reminders", "Kursus Uji " + course);
      browser.click("#evaluation-reminders a");
      browser.await("#evaluation-form");
      fillEveryItem(browser);
      browser.click("#evaluation-submit");
      browser.awaitText("#evaluation-done", "Terima kasih");

      browser = browsers.open(1280, 900);
      browser.signIn(base, People.create(base, "kupang", "EVALUATOR"));
      browser.open(base + "#/reports");
      browser.click("#report-list a[href*='latih-kupang']");
      browser.await("#report .key-figure, #report .report-narrative, #report table");
      assertFalse(browser.await("#report").getText().isBlank());

      // the downloads follow the filters and go with the session cookie, as plain links
      assertEquals("Unduh PDF", browser.await("#report-download-pdf").getText());
      assertEquals("Unduh Excel", browser.await("#report-download-xlsx").getText());
      assertEquals("Unduh CSV", browser.await("#report-download-csv").getText());
      // the course is picked by its title, the year from a list that says "all years" itself
      Select year = new Select(browser.await("#report-year"));
      assertEquals("Semua tahun", year.getFirstSelectedOption().getText());
      year.selectByValue("2025");
      new Select(browser.await("#report-course")).selectByVisibleText("Kursus Uji " + course);
      browser.click("#report-run");
      browser.until(
          d ->
              d.findElement(By.cssSelector("#report-download-xlsx"))
                  .getAttribute("href")
                  .matches(".*/export\\?course=" + course + "&year=2025.*format=xlsx.*"));
      Object answer =
          ((JavascriptExecutor) browser.driver)
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(document.querySelector('#report-download-xlsx').href)"
                      + ".then(r => done(r.status + ' ' + r.headers.get('Content-Type')))"
                      + ".catch(e => done(String(e)));");
      assertEquals("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", answer);

      // switched to English, the plugin's report follows: its title and texts (#16)
      new Select(browser.await("#language")).selectByValue("en");
      browser.awaitText("#main h1", "Training Delivery Mix");
      browser.until(
          d -> d.findElement(By.id("report")).getText().toLowerCase().contains("attendance"));
      assertEquals("Download PDF", browser.await("#report-download-pdf").getText());

      browser = browsers.open(1280, 900);
      browser.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
      browser.open(base + "#/admin/plugins");
      // the page shows itself once the list has loaded: a table or the "none" note
      String list = browser.await("#plugins #plugin-list, #plugins #plugin-none").getText();
      assertFalse(list.contains("latih-kupang"), "Solok's admin does not see Kupang's plugin");
      browser.open(base + "#/reports");
      browser.await("#report-none");
      assertFalse(browser.driver.getPageSource().contains("latih-kupang"));
    } finally {
      People.signIn(base, admin).delete("api/v1/plugins/latih-kupang");
    }
  }

  @Test
  void aRegionalUploadWaitsUntilASystemAdminApprovesItOnThePluginsPage() throws Exception {
    String region = Regions.requiringPluginApproval(base, "setuju-ui");
    String admin = People.create(base, region, "REGIONAL_ADMIN");
    String id = PluginJars.newId("tunggu");
    byte[] bytes = PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan")).bytes();
    Path jar =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), id + "-", ".jar");
    Files.write(jar, bytes);
    String row = "#plugin-waiting tr[data-plugin='" + id + "']";
    try {
      Browser browser = browsers.open(1280, 900);
      browser.signIn(base, admin);
      browser.open(base + "#/admin/plugins");
      // told before uploading that the region's uploads wait
      browser.awaitText("#plugin-approval-needed", "mewajibkan persetujuan");
      browser.await("#plugin-file").sendKeys(jar.toString());
      browser.click("#plugin-submit");
      String notice =
          browser.awaitText("#plugin-outcome", "menunggu persetujuan admin sistem").getText();
      assertTrue(notice.contains(id + " versi 1.0.0"), notice);
      // the region's admin sees it waiting, and may only withdraw it
      browser.awaitText(row, id);
      browser.await(row + " .plugin-withdraw");
      assertTrue(browser.driver.findElements(By.cssSelector(row + " .plugin-approve")).isEmpty());
      assertFalse(browser.await("#plugin-list, #plugin-none").getText().contains(id), "not run");

      // a system admin, on a phone: the region requires approval, the jar can be reviewed
      browser = browsers.open(390, 844);
      browser.signIn(base, "admin", Api.ADMIN_PASSWORD);
      browser.open(base + "#/admin/plugins");
      browser.awaitText(row, "Kabupaten Uji");
      assertTrue(
          browser
              .await("#plugin-approval-regions input[data-region='" + region + "']")
              .isSelected());
      String href = browser.await(row + " a.plugin-upload-jar").getAttribute("href");
      assertArrayEquals(bytes, browser.download(href));
      browser.click(row + " .plugin-approve");
      var confirm = browser.until(ExpectedConditions.alertIsPresent()::apply);
      assertTrue(confirm.getText().contains(id), confirm.getText());
      confirm.accept();
      browser.awaitText("#plugin-message", "disetujui dan terpasang");
      browser.until(d -> d.findElements(By.cssSelector(row)).isEmpty());
      browser.awaitText("#plugin-" + id + " .plugin-state", "Aktif");

      // back with the region's admin: nothing waits any more, the plugin runs
      browser = browsers.open(1280, 900);
      browser.signIn(base, admin);
      browser.open(base + "#/admin/plugins");
      browser.awaitText("#plugin-" + id + " .plugin-state", "Aktif");
      assertTrue(browser.driver.findElements(By.id("plugin-waiting")).isEmpty());
    } finally {
      People.signIn(base, admin).delete("api/v1/plugins/" + id);
      Files.deleteIfExists(jar);
    }
  }

  /** The first option of every choice and scale, 3 for numbers, a sentence for free text. */
  private static void fillEveryItem(Browser browser) {
    WebElement form = browser.await("#evaluation-form");
    Set<String> groups = new HashSet<>();
    for (WebElement input :
        form.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"))) {
      if (groups.add(input.getAttribute("name"))) {
        input.click();
      }
    }
    for (WebElement number : form.findElements(By.cssSelector("input[type=number]"))) {
      number.sendKeys("3");
    }
    List<WebElement> texts = form.findElements(By.cssSelector("textarea"));
    for (WebElement text : texts) {
      text.sendKeys("Materi sangat membantu pekerjaan di kelurahan.");
    }
  }
}
