package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Learning in a real browser: a starter course from enrolment through pre-test, lessons and
 * post-test to the learning gain and the JP on the transcript; staff pages for packages and
 * cohorts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseBrowserIT {

  private static final String COURSE = "manajemen-waktu";

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  private static int progress(Browser browser) {
    return Integer.parseInt(
        browser.await("#course-progress [role=progressbar]").getAttribute("aria-valuenow"));
  }

  /**
   * The way through a course by its main button alone, in a region of its own so that nothing but
   * its own end-of-course survey is waiting: a lesson opened too early says why and offers the
   * pre-test; each result offers what comes next; the last lesson leads to the post-test, its
   * result to the survey, the survey to the certificate (a PDF) with the transcript a link below.
   */
  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"390,844", "1366,768"})
  void aLearnerGoesFromEnrolmentToTheTranscriptFollowingOnlyTheMainButton(int width, int height)
      throws Exception {
    String region = Regions.create(base, "jalan");
    Api admin = People.signIn(base, People.create(base, region, "REGIONAL_ADMIN"));
    String survey = "akhir-" + Api.newNip().substring(12);
    Api.Reply created =
        admin.post(
            "api/v1/evaluation/custom-forms",
            """
            {"id":"%s","title":"Survei Akhir Kursus","audience":"PARTICIPANT",
             "timing":{"kind":"COURSE_END","daysAfter":0},"anonymous":false,
             "sections":[{"title":"Materi","items":[{"id":"manfaat","kind":"LIKERT",
               "text":"Materi bermanfaat","required":true,"aspect":"materi","scaleMin":1,
               "scaleMax":4,"scaleLabels":["STS","TS","S","SS"]}]}]}
            """
                .formatted(survey));
    assertEquals(201, created.status(), created::toString);
    String nip = People.create(base, region, "LEARNER");
    JsonObject detail = People.signIn(base, nip).get("api/v1/courses/" + COURSE).json();
    String title = detail.getJsonObject("course").getString("title");
    int jp = detail.getJsonObject("course").getInt("jp");
    List<JsonObject> lessons =
        detail.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
            .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
            .toList();
    Map<String, JsonObject> postKey = keyByText(COURSE + "/post");

    Browser browser = browsers.open(width, height);
    browser.signIn(base, nip, People.PASSWORD);
    browser.open(base + "#/courses");
    new Select(browser.await(".catalogue-filters select[name=region]")).selectByValue("shared");
    browser.click(".catalogue-filters button");
    browser.awaitText("#catalogue", title);
    browser.click("#catalogue a[href='#/courses/" + COURSE + "']");
    browser.awaitText("#course-title", title);
    browser.click("#enrol");
    assertEquals("pre-test", step(browser, "#my-progress"));

    // a lesson opened before the pre-test explains itself and offers the way in
    browser.open(base + "#/courses/" + COURSE + "/lessons/" + lessons.get(0).getString("key"));
    browser.awaitText("#lesson-gate", "terlebih dahulu");
    assertEquals("pre-test", step(browser, "#lesson-gate"));
    browser.click("#next-step");
    takeTest(browser, q -> firstOption(q));
    browser.await("#result-percent");
    assertEquals("lesson", step(browser, "#result-next"));
    browser.click("#next-step");
    for (int i = 0; i < lessons.size(); i++) {
      browser.awaitText("#lesson-title", lessons.get(i).getString("title"));
      assertTrue(
          browser.await("#lesson-body").getText().length() > 500, "the lesson has substance");
      assertTrue(
          browser.driver.findElements(By.cssSelector("#lesson-body script")).isEmpty(),
          "no script in lesson HTML");
      browser.click("#finish-lesson");
    }
    assertEquals("post-test", step(browser, "#lesson-status"));
    browser.click("#next-step");
    takeTest(browser, q -> answerFromKey(q, postKey));
    browser.awaitText("#result-percent", "100");
    assertEquals("form", step(browser, "#result-next"));
    browser.click("#next-step");
    browser.awaitText("#evaluation-form", "Materi bermanfaat");
    browser.click("label[for$='-3']");
    browser.click("#evaluation-submit");
    assertEquals("done", step(browser, "#evaluation-done"));
    // the last step is the course's certificate, a PDF download; the transcript is a link below it
    String certificate = browser.await("#evaluation-done #next-step").getAttribute("href");
    assertTrue(
        certificate.endsWith("api/v1/me/certificates/course/" + COURSE + "/pdf"), certificate);
    assertEquals("%PDF-", fetchStart(browser, certificate));
    browser.click("#step-transcript");
    browser.awaitText("#jp-this-year", String.valueOf(jp));
    browser.awaitText("#transcript-courses", title);
    int gauge =
        Integer.parseInt(
            browser.await("#jp-gauge [role=progressbar]").getAttribute("aria-valuenow"));
    assertEquals(Math.min(100, Math.round(jp * 100f / 20)), gauge);

    browser.open(base + "#/courses/" + COURSE);
    browser.await("#course-completed");
    assertEquals(100, progress(browser));
    assertEquals("done", step(browser, "#my-progress"));
    String gain = browser.await("#gain-mine").getText();
    assertTrue(gain.contains("100"), gain);
  }

  /** The first five characters of a file the page downloads with its own session cookie. */
  static String fetchStart(Browser browser, String url) {
    return (String)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], { credentials: 'same-origin' })"
                    + ".then((r) => r.arrayBuffer())"
                    + ".then((b) => done(String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))"
                    + ".catch((e) => done('failed: ' + e));",
                url);
  }

  /** Which step the main button inside the given part of the page leads to. */
  private static String step(Browser browser, String within) {
    return browser.await(within + " #next-step").getAttribute("data-step");
  }

  /** Answers the question on screen, waits for the server's "saved", moves on; then submits. */
  private static void takeTest(
      Browser browser, java.util.function.Function<WebElement, Boolean> answer) {
    browser.await("#attempt");
    int total = browser.driver.findElements(By.cssSelector("#question-nav .qnav")).size();
    for (int i = 0; i < total; i++) {
      WebElement q = browser.await(".question:not([hidden])");
      String position = q.getAttribute("data-position");
      if (answer.apply(q)) {
        browser.awaitText(".save-state[data-position='" + position + "']", "Tersimpan");
      }
      if (i < total - 1) {
        browser.click("#next-question");
      }
    }
    browser.click("#submit-attempt");
    browser.click("#confirm-submit-yes");
  }

  private static boolean firstOption(WebElement q) {
    List<WebElement> radios = q.findElements(By.cssSelector("input[type=radio]"));
    if (radios.isEmpty()) {
      return false;
    }
    radios.get(0).click();
    return true;
  }

  private static boolean answerFromKey(WebElement q, Map<String, JsonObject> key) {
    JsonObject content = key.get(q.findElement(By.cssSelector(".question-text")).getText());
    String position = q.getAttribute("data-position");
    switch (content.getString("type")) {
      case "SINGLE_CHOICE", "TRUE_FALSE" -> {
        JsonObject right =
            content.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("fraction").doubleValue() >= 1)
                .findFirst()
                .orElseThrow();
        if (content.getString("type").equals("TRUE_FALSE")) {
          String value = right.getString("id");
          q.findElement(By.cssSelector("input[type=radio][value='" + value + "']")).click();
        } else {
          // the page names options by the attempt's tokens: the learner picks by the text
          q.findElements(By.cssSelector("label.option")).stream()
              .filter(l -> l.getText().strip().equals(right.getString("text").strip()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no option " + right))
              .findElement(By.cssSelector("input"))
              .click();
        }
      }
      case "SHORT_ANSWER" -> {
        WebElement input = q.findElement(By.cssSelector("input[name='q-" + position + "']"));
        input.sendKeys(content.getJsonArray("choices").getJsonObject(0).getString("text"));
        input.sendKeys(Keys.TAB);
      }
      case "MATCHING" -> {
        var pairs = content.getJsonArray("pairs");
        for (int i = 0; i < pairs.size(); i++) {
          new Select(q.findElement(By.cssSelector("select[name='q-" + position + "-" + i + "']")))
              .selectByVisibleText(pairs.getJsonObject(i).getString("answer"));
        }
      }
      default -> throw new AssertionError("unexpected question " + content);
    }
    return true;
  }

  private Map<String, JsonObject> keyByText(String category) {
    return Api.admin(base)
        .get("api/v1/courses/" + COURSE + "/questions?size=100&category=" + category)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(item -> item.getJsonObject("content"))
        .collect(java.util.stream.Collectors.toMap(c -> c.getString("text"), c -> c));
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
    Browser browser = browsers.open(1280, 900);
    try {
      browser.signIn(base, nip, People.PASSWORD);
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
      browser.until(ExpectedConditions.elementSelectionStateToBe(By.id("published"), true));
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

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"390,844", "1366,768"})
  void aRegionalAdminCreatesACohortOfASharedCourseFromItsPageEnrolsByNipAndRenamesIt(
      int width, int height) throws Exception {
    String region = Regions.create(base, "angkatan");
    String admin = People.create(base, region, "REGIONAL_ADMIN");
    String learner = People.create(base, region, "LEARNER");
    Browser browser = browsers.open(width, height);
    browser.signIn(base, admin, People.PASSWORD);
    browser.open(base + "#/courses/pelayanan-publik-prima");
    browser.awaitText(".staff-tools", "kursus bersama");
    // only buttons that lead somewhere: a shared course's content and tests are not the region's
    browser.await("#tests");
    for (String refused :
        List.of("#edit-course", "#export-course", "#bank-link", "#quizzes-link")) {
      assertTrue(browser.driver.findElements(By.cssSelector(refused)).isEmpty(), refused);
    }
    browser.click("#course-cohorts");
    browser.type("#cohort-form input[name=name]", "Angkatan Peramban");
    browser.type("#cohort-form input[name=capacity]", "12");
    browser.click("#cohort-form .cohort-save");
    browser.awaitText("#cohort-list", "Angkatan Peramban");
    String cohorts = browser.await("#cohort-list").getText();
    assertTrue(cohorts.contains("0/12"), "capacity shown");
    assertFalse(
        java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(cohorts).find(),
        "dates are written out, not ISO: " + cohorts);
    assertTrue(cohorts.contains("Kabupaten Uji"), "the region by its name: " + cohorts);

    browser.type("#cohort-list article.cohort input[name=nip]", learner);
    browser.click("#cohort-list article.cohort .inline-form button");
    browser.awaitText("#cohort-list", "1/12");
    // the count follows in place, and the notice of the enrolment stays to be read
    browser.awaitText("#cohort-list article.cohort .form-message", learner);
    browser.click("#cohort-list article.cohort summary");
    browser.awaitText("#cohort-list .participants", learner);

    browser.click("#cohort-list article.cohort button.secondary");
    browser.type("#cohort-list article.cohort form.card input[name=name]", "Angkatan Diubah");
    browser.click("#cohort-list article.cohort form.card .cohort-save");
    browser.awaitText("#cohort-list h2", "Angkatan Diubah");
  }
}
