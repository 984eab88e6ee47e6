package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Learning in a real browser: a starter course from enrolment to JP on the transcript. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseBrowserIT {

  private static final String COURSE = "manajemen-waktu";

  @ArquillianResource URL base;

  private static void signIn(Browser browser, URL base, String username, String password) {
    browser.open(base.toString());
    browser.type("#username", username);
    browser.type("#password", password);
    browser.click("#login-submit");
    browser.awaitText("#welcome", "Selamat datang");
  }

  private static int progress(Browser browser) {
    return Integer.parseInt(
        browser.await("#course-progress [role=progressbar]").getAttribute("aria-valuenow"));
  }

  @Test
  void aLearnerEnrolsReadsEveryLessonAndSeesTheJpOnTheTranscript() throws Exception {
    String nip = People.create(base, "kupang", "LEARNER");
    JsonObject detail = People.signIn(base, nip).get("api/v1/courses/" + COURSE).json();
    String title = detail.getJsonObject("course").getString("title");
    int jp = detail.getJsonObject("course").getInt("jp");
    List<String> lessons =
        detail.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
            .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
            .map(l -> l.getString("title"))
            .toList();

    try (Browser browser = new Browser(390, 844)) {
      signIn(browser, base, nip, People.PASSWORD);
      browser.click("#menu-toggle");
      browser.click("#nav a[href='#/courses']");
      browser.awaitText("#catalogue", title);
      browser.click("#catalogue a[href='#/courses/" + COURSE + "']");
      browser.awaitText("#course-title", title);
      browser.click("#enrol");
      assertEquals(0, progress(browser));
      browser.click("#continue");

      int last = 0;
      for (int i = 0; i < lessons.size(); i++) {
        browser.awaitText("#lesson-title", lessons.get(i));
        assertTrue(
            browser.await("#lesson-body").getText().length() > 500, "the lesson has substance");
        assertTrue(
            browser.driver.findElements(By.cssSelector("#lesson-body script")).isEmpty(),
            "no script in lesson HTML");
        browser.click("#finish-lesson");
        if (i < lessons.size() - 1) {
          browser.awaitText("#lesson-title", lessons.get(i + 1));
          int now = progress(browser);
          assertTrue(now > last, "progress rises: " + last + " → " + now);
          last = now;
        }
      }
      String completed = browser.await("#course-completed").getText();
      assertTrue(completed.contains(jp + " JP"), completed);
      assertEquals(100, progress(browser));

      browser.click("#menu-toggle");
      browser.click("#nav a[href='#/my/transcript']");
      browser.awaitText("#jp-this-year", String.valueOf(jp));
      browser.awaitText("#transcript-courses", title);
      int gauge =
          Integer.parseInt(
              browser.await("#jp-gauge [role=progressbar]").getAttribute("aria-valuenow"));
      assertEquals(Math.min(100, Math.round(jp * 100f / 20)), gauge);
    }
  }

  @Test
  void anInstructorSeesEveryProblemOfABadPackageThenUploadsAGoodOne() throws Exception {
    String nip = People.create(base, "solok", "INSTRUCTOR");
    String id = CoursePackages.newId("unggah");
    CoursePackages bad = CoursePackages.valid(id, "1.0.0");
    bad.text("lessons/02-dua.md", "---\ntitle: Dua\n---\n\n[klik](javascript:alert(1))\n");
    bad.files.remove("attachments/lembar.pdf");
    Path badZip =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "bad-", ".zip");
    Path goodZip =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "good-", ".zip");
    Files.write(badZip, bad.zip());
    Files.write(goodZip, CoursePackages.valid(id, "1.0.0").zip());
    try (Browser browser = new Browser(1280, 900)) {
      signIn(browser, base, nip, People.PASSWORD);
      browser.open(base + "#/admin/courses/upload");
      browser.await("#package-file").sendKeys(badZip.toString());
      browser.click("#package-submit");
      String report = browser.await("#package-problems").getText();
      assertTrue(report.contains("lessons/02-dua.md:5"), report);
      assertTrue(report.contains("javascript:"), report);
      assertTrue(report.contains("lessons/01-satu.md"), report);

      browser.await("#package-file").sendKeys(goodZip.toString());
      browser.click("#package-submit");
      browser.awaitText("#package-outcome", id);
      browser.click("#package-outcome a");
      browser.awaitText("#course-title", "Kursus Uji " + id);
      browser.click("#edit-course");
      browser.click("#published");
      browser.click("#course-save");
      browser.awaitText("#course-form .message", "Tersimpan");
      new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
          .until(ExpectedConditions.elementSelectionStateToBe(By.id("published"), true));
    } finally {
      Files.deleteIfExists(badZip);
      Files.deleteIfExists(goodZip);
    }
    assertTrue(
        People.signIn(base, People.create(base, "solok", "LEARNER"))
            .get("api/v1/courses/" + id)
            .json()
            .getJsonObject("course")
            .getBoolean("published"),
        "published through the form, so learners of Solok see it");
  }

  @Test
  void aRegionalAdminCreatesACohortEnrolsByNipSeesTheParticipantAndRenamesTheCohort()
      throws Exception {
    String admin = People.create(base, "bukittinggi", "REGIONAL_ADMIN");
    String learner = People.create(base, "bukittinggi", "LEARNER");
    try (Browser browser = new Browser(1280, 900)) {
      signIn(browser, base, admin, People.PASSWORD);
      browser.open(base + "#/admin/courses/pelayanan-publik-prima/cohorts");
      browser.type("#cohort-form input[name=name]", "Angkatan Peramban");
      browser.type("#cohort-form input[name=capacity]", "12");
      browser.click("#cohort-form .cohort-save");
      browser.awaitText("#cohort-list", "Angkatan Peramban");
      assertTrue(browser.await("#cohort-list").getText().contains("0/12"), "capacity shown");

      browser.type("#cohort-list article.cohort input[name=nip]", learner);
      browser.click("#cohort-list article.cohort .inline-form button");
      browser.awaitText("#cohort-list", "1/12");
      browser.click("#cohort-list article.cohort summary");
      browser.awaitText("#cohort-list .participants", learner);

      browser.click("#cohort-list article.cohort button.secondary");
      browser.type("#cohort-list article.cohort form.card input[name=name]", "Angkatan Diubah");
      browser.click("#cohort-list article.cohort form.card .cohort-save");
      browser.awaitText("#cohort-list h2", "Angkatan Diubah");
    }
  }
}
