package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An instructor's assessment pages in a real browser: GIFT import with its report, a quiz's results
 * and item analysis, and the quiz, grading and gain pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void anInstructorImportsQuestionsSeesEveryBadLineThenReadsResultsAndItemAnalysis()
      throws Exception {
    String course = CoursePackages.newId("staf");
    String nip = People.create(base, "kupang", "INSTRUCTOR");
    Api instructor = People.signIn(base, nip);
    assertEquals(
        200,
        instructor
            .postBytes(
                "api/v1/course-packages",
                "application/zip",
                CoursePackages.valid(course, "1.0.0").zip())
            .status());
    instructor.patch("api/v1/courses/" + course, "{\"published\":true}");
    long pre = Tests.quizId(instructor, course, "PRE_TEST");
    List<String> learners =
        List.of(People.create(base, "kupang", "LEARNER"), People.create(base, "kupang", "LEARNER"));
    for (String learner : learners) {
      Api api = People.signIn(base, learner);
      api.post("api/v1/courses/" + course + "/enrolment", "{}");
      JsonObject attempt = Tests.start(api, pre);
      long id = attempt.getJsonNumber("id").longValue();
      String want = learner.equals(learners.get(0)) ? "dua" : "tiga";
      Tests.answer(
          api,
          id,
          1,
          1,
          attempt
              .getJsonArray("questions")
              .getJsonObject(0)
              .getJsonArray("options")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(o -> o.getString("text").equals(want))
              .map(Tests::choices)
              .findFirst()
              .orElseThrow());
      Tests.submit(api, id);
    }

    Path bad = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "bad-", ".gift");
    Path good =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "good-", ".gift");
    Files.writeString(
        bad,
        "::A:: Benar? {T}\n\n::B:: Tidak ditutup {=ya ~tidak\n\n::C:: Cloze {1:MC:=a~b} ini\n");
    Files.writeString(good, "Ibu kota Sumatera Barat? {=Padang ~Solok ~Bukittinggi}\n");
    Browser browser = browsers.open(1280, 900);
    try {
      browser.signIn(base, nip);

      browser.open(base + "#/courses/" + course + "/questions");
      browser.await("#import-file").sendKeys(bad.toString());
      browser.click("#import-submit");
      String problems = browser.await("#import-problems").getText();
      assertTrue(
          problems.contains("3") && problems.contains("5"),
          "the report names lines 3 and 5: " + problems);
      assertEquals(
          1,
          instructor.get("api/v1/courses/" + course + "/questions").json().getInt("totalItems"),
          "nothing of the refused file was stored");

      // asked to skip, the same file stores what it can and lists the rest by line
      browser.click("#import-skip");
      browser.await("#import-file").sendKeys(bad.toString());
      browser.click("#import-submit");
      String skipped = browser.await("#import-skipped").getText();
      assertTrue(
          skipped.contains("3") && skipped.contains("5"), "skipped lines 3 and 5: " + skipped);
      assertEquals(
          2, instructor.get("api/v1/courses/" + course + "/questions").json().getInt("totalItems"));

      browser.await("#import-file").sendKeys(good.toString());
      browser.click("#import-submit");
      browser.awaitText("#import-result", "1");
      browser.awaitText("#question-list", "Ibu kota Sumatera Barat?");

      browser.open(base + "#/quizzes/" + pre + "/results");
      browser.awaitText("#results-table", learners.get(0));
      browser.awaitText("#results-table", learners.get(1));
      browser.awaitText("#analysis-table", "50");

      browser.open(base + "#/courses/" + course + "/quizzes");
      browser.awaitText("#quiz-list", "Pre-test");
      // review rules: a preset fills the table, a tick of one's own makes them custom
      Select review = new Select(browser.await("#quiz-" + pre + "-review"));
      review.selectByValue("LAST_ATTEMPT");
      assertTrue(browser.await("#quiz-" + pre + "-rr-afterLastAttempt-rightAnswers").isSelected());
      assertFalse(browser.await("#quiz-" + pre + "-rr-later-rightAnswers").isSelected());
      browser.click("#quiz-" + pre + "-rr-later-answers");
      assertEquals("CUSTOM", review.getFirstSelectedOption().getAttribute("value"));
      browser.click("#quiz-form-" + pre + " .quiz-save");
      browser.awaitText("#quiz-form-" + pre + " .form-message", "Tersimpan");
      JsonObject rules = instructor.get("api/v1/quizzes/" + pre).json().getJsonObject("settings");
      assertEquals("CUSTOM", rules.getString("review"));
      assertTrue(rules.getJsonObject("reviewRules").getJsonObject("later").getBoolean("answers"));
      assertTrue(
          rules
              .getJsonObject("reviewRules")
              .getJsonObject("afterLastAttempt")
              .getBoolean("rightAnswers"));
      // an essay to grade: the count of those waiting follows each grade saved
      Api.Reply essay =
          instructor.postBytes(
              "api/v1/courses/" + course + "/questions/import",
              "text/plain",
              "$CATEGORY: esai\n\n::Refleksi:: Apa yang akan Anda terapkan? {}\n"
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(200, essay.status(), essay::toString);
      long essayId =
          instructor
              .get("api/v1/courses/" + course + "/questions?category=esai")
              .json()
              .getJsonArray("items")
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      long reflection =
          instructor
              .post(
                  "api/v1/courses/" + course + "/quizzes",
                  "{\"kind\":\"QUIZ\",\"title\":\"Refleksi\"}")
              .json()
              .getJsonNumber("id")
              .longValue();
      instructor.put(
          "api/v1/quizzes/" + reflection + "/questions", "{\"questionIds\":[" + essayId + "]}");
      Api writer = People.signIn(base, learners.get(0));
      long written = Tests.start(writer, reflection).getJsonNumber("id").longValue();
      Tests.answer(writer, written, 1, 1, "{\"text\":\"Manajemen waktu harian\"}");
      Tests.submit(writer, written);
      browser.open(base + "#/courses/" + course + "/grading");
      browser.awaitText("#grading-count", "1");
      browser.type("#grade-" + written + "-1 input[name='fraction']", "1");
      browser.click("#grade-" + written + "-1 button[type='submit']");
      browser.await("#grading-empty");
      browser.open(base + "#/courses/" + course + "/gain");
      browser.awaitText("#gain-table", learners.get(0));
    } finally {
      Files.deleteIfExists(bad);
      Files.deleteIfExists(good);
    }
  }

  @Test
  void aFailedFirstPostTestAttemptShowsTheScoreAndWhenTheReviewOpensNotTheAnswers()
      throws Exception {
    String course = AttemptIntegrityIT.course(base, "bahas");
    String nip = People.create(base, "kupang", "LEARNER");
    Api learner = People.signIn(base, nip);
    long preId = AttemptIntegrityIT.readyForThePostTest(learner, course);
    JsonObject attempt = Tests.start(learner, Tests.quizId(learner, course, "POST_TEST"));
    long id = attempt.getJsonNumber("id").longValue();
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      Tests.answer(learner, id, q.getInt("position"), 1, AttemptIntegrityIT.wrong(q));
    }
    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, nip);

    // the page shows the attempt's options by text, named by tokens; the learner submits there
    browser.open(base + "#/attempts/" + id);
    browser.click("#submit-attempt");
    browser.click("#confirm-submit-yes");
    browser.awaitText("#result-percent", "0");
    String opens = browser.await("#result-review-opens").getText();
    assertTrue(opens.contains("Pembahasan dibuka setelah percobaan terakhir Anda"), opens);
    browser.awaitText("#result-passed", "Belum lulus");
    String page = browser.await("#result").getText();
    assertFalse(page.contains("Jawaban benar"), "no right answers before the last attempt");
    assertEquals(
        Boolean.TRUE,
        browser.until(d -> d.findElements(By.cssSelector("#review")).isEmpty()),
        "no review list");

    // the pre-test's result: a score, never "Lulus" (its pass mark is 0)
    browser.open(base + "#/attempts/" + preId + "/result");
    browser.await("#result-percent");
    String preResult = browser.await("#result").getText();
    assertFalse(preResult.contains("Lulus"), preResult);
    assertEquals(
        Boolean.TRUE,
        browser.until(d -> d.findElements(By.cssSelector("#result-passed")).isEmpty()),
        "no pass or fail badge");
  }

  @Test
  void aLearnerFillsTheGapsOfAClozeQuestionInTheTextAndSeesEachGapReviewed() throws Exception {
    ClozeIT.ClozeQuiz cloze = ClozeIT.clozeQuiz(base, "solok");
    String nip = People.create(base, "solok", "LEARNER");
    long id = ClozeIT.start(cloze, People.signIn(base, nip)).json().getJsonNumber("id").longValue();
    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, nip);
    browser.open(base + "#/attempts/" + id);

    // the inputs stand in the sentence where the gaps are, each labelled for screen readers
    WebElement city = browser.await(".question-text input[data-gap='1']");
    assertEquals("Isian 1", city.getAttribute("aria-label"));
    String text = browser.await(".question-text").getText();
    assertFalse(text.contains("{#"), text);
    assertTrue(text.contains("Ibu kota Indonesia saat ini adalah"), text);
    browser.type(".question-text input[data-gap='1']", "Batavia");
    browser.type(".question-text input[data-gap='2']", "3,14");
    new Select(browser.await(".question-text select[data-gap='3']")).selectByVisibleText("Kupang");
    browser
        .until(
            d ->
                d.findElement(
                    By.xpath(
                        "//span[@data-gap='4']//label[contains(normalize-space(.), 'Padang')]")))
        .click();
    for (String province : List.of("NTT", "NTB")) {
      browser
          .until(
              d ->
                  d.findElement(
                      By.xpath(
                          "//span[@data-gap='5']//label[contains(normalize-space(.), '"
                              + province
                              + "')]")))
          .click();
    }
    browser.awaitText(".save-state", "Tersimpan");

    // a reload restores every gap from the server
    browser.open("about:blank");
    browser.open(base + "#/attempts/" + id);
    assertEquals(
        "Batavia", browser.await(".question-text input[data-gap='1']").getAttribute("value"));
    assertEquals(
        "Kupang",
        new Select(browser.await(".question-text select[data-gap='3']"))
            .getFirstSelectedOption()
            .getText());

    browser.click("#submit-attempt");
    browser.click("#confirm-submit-yes");
    // Batavia is half of weight 2, the rest right: 5 of 6
    browser.awaitText("#result-percent", "83");
    String review = browser.await(".review-gaps").getText();
    assertTrue(review.contains("Isian 1"), review);
    assertTrue(review.contains("sebagian benar"), review);
    assertTrue(review.contains("Jawaban benar: Jakarta"), review);
    assertTrue(review.contains("Nama lama Jakarta."), review);
  }
}
