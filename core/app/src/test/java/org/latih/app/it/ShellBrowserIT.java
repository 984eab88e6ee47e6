package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The app shell on a learner's line: compressed and versioned files kept for a year, a first load
 * within its budget on a slow connection with no staff code fetched, and a test that survives a
 * reload and a navigation without a connection.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

  private static final String COURSE = "manajemen-waktu";
  private static final int BUDGET_BYTES = 60 * 1024;

  /** Scripts only staff pages use: a learner's browser must never fetch them. */
  private static final List<String> STAFF_CODE =
      List.of(
          "pages/users.js",
          "pages/plugins.js",
          "assessment/bank.js",
          "assessment/quizzes.js",
          "assessment/grading.js",
          "assessment/results.js",
          "evaluation/builder.js",
          "evaluation/reports.js",
          "course/admin.js",
          "search/rebuild.js");

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  @Test
  void theShellGoesOutCompressedUnderAVersionKeptForAYearAndTheUiTextsCompressed()
      throws Exception {
    HttpResponse<byte[]> page = get("", "Accept-Encoding", "gzip");
    assertEquals(200, page.statusCode());
    assertEquals("gzip", header(page, "Content-Encoding"));
    assertEquals("no-cache", header(page, "Cache-Control"));
    assertTrue(header(page, "Content-Security-Policy").contains("script-src 'self'"));
    String html =
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    Matcher entry = Pattern.compile("src=\"v/([A-Za-z0-9_-]+)/assets/app.js\"").matcher(html);
    assertTrue(entry.find(), html);
    String version = entry.group(1);
    assertTrue(
        html.contains("rel=\"modulepreload\" href=\"v/" + version + "/assets/api.js\""), html);
    assertFalse(html.contains("assessment/bank.js"), "staff code is not preloaded");

    HttpResponse<byte[]> script =
        get("v/" + version + "/assets/app.js", "Accept-Encoding", "gzip, deflate");
    assertEquals(200, script.statusCode());
    assertEquals("gzip", header(script, "Content-Encoding"));
    assertTrue(header(script, "Cache-Control").contains("immutable"), script.headers().toString());
    assertTrue(header(script, "Content-Type").startsWith("text/javascript"));

    HttpResponse<byte[]> plain = get("assets/app.js");
    assertEquals(200, plain.statusCode());
    assertEquals("", header(plain, "Content-Encoding"), "only to those who accept gzip");
    assertEquals("no-cache", header(plain, "Cache-Control"));
    assertEquals(304, get("assets/app.js", "If-None-Match", header(plain, "ETag")).statusCode());

    assertEquals(404, get("v/older/assets/app.js").statusCode(), "another version's files");
    assertEquals(404, get("v/" + version + "/assets/nothing.js").statusCode());

    HttpResponse<byte[]> worker = get("sw.js");
    assertEquals("no-cache", header(worker, "Cache-Control"));
    assertTrue(new String(worker.body()).contains("const VERSION = '" + version + "'"));

    HttpResponse<byte[]> texts = get("api/v1/ui/messages/id", "Accept-Encoding", "gzip");
    assertEquals("gzip", header(texts, "Content-Encoding"));
    assertTrue(texts.body().length < 20_000, "compressed: " + texts.body().length + " bytes");
  }

  @Test
  void aLearnersFirstLoadOnASlowLineStaysWithinBudgetAndNeverFetchesStaffCode() throws Exception {
    String nip = People.create(base, "solok", "LEARNER");
    People.signIn(base, nip).post("api/v1/courses/" + COURSE + "/enrolment", "{}");
    Browser browser = browsers.open(390, 844);
    ChromeDriver chrome = (ChromeDriver) browser.driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
    // 400 kbit/s both ways and 400 ms of latency: a kabupaten's mobile line on a bad day
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            false,
            "latency",
            400,
            "downloadThroughput",
            400_000 / 8,
            "uploadThroughput",
            400_000 / 8));
    try {
      browser.open(base.toString());
      browser.await("#login-form");
      long signInBytes = transferred(browser);
      List<String> signInFiles = fetched(browser);

      browser.type("#username", nip);
      browser.type("#password", People.PASSWORD);
      browser.click("#login-submit");
      browser.awaitText("#welcome", "Selamat datang");
      // on a slow line a navigation shows it is on its way, then the bar goes
      js(browser)
          .executeScript(
              "const bar = document.getElementById('loading');"
                  + "new MutationObserver(() => { if (!bar.hidden) window.loadingSeen = true; })"
                  + ".observe(bar, { attributes: true });"
                  + "location.hash = '#/courses/"
                  + COURSE
                  + "'");
      browser.await("#my-progress #next-step");
      assertEquals(true, js(browser).executeScript("return window.loadingSeen === true"));
      assertFalse(browser.driver.findElement(By.id("loading")).isDisplayed());
      List<String> learnerFiles = fetched(browser);
      // the course page opened again as a learner opens it the next day: files kept, data fetched;
      // past the service worker, whose own fetches the emulated line would not slow down
      chrome.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
      browser.driver.navigate().refresh();
      browser.await("#my-progress #next-step");
      double shownMs =
          ((Number)
                  js(browser)
                      .executeScript(
                          "return performance.getEntriesByName('latih-page-shown')[0].startTime"))
              .doubleValue();
      long coursePageBytes = transferred(browser);
      learnerFiles.addAll(fetched(browser));

      // the line's floor, for a ratio: one tiny answer (the health check) fetched as a page
      browser.open(base + "api/v1/ping");
      double floorMs =
          ((Number)
                  js(browser)
                      .executeScript(
                          "return performance.getEntriesByType('navigation')[0].responseEnd"))
              .doubleValue();
      String figures =
          ("sign-in page: %d bytes transferred in %d files (budget %d); course page (files kept):"
                  + " %d bytes, shown after %.0f ms (goal 3000); one bare request on the same"
                  + " line: %.0f ms; ratio %.1f%n")
              .formatted(
                  signInBytes,
                  signInFiles.size(),
                  BUDGET_BYTES,
                  coursePageBytes,
                  shownMs,
                  floorMs,
                  shownMs / floorMs);
      System.out.print("First load at 400 kbit/s, 400 ms: " + figures);
      Files.writeString(Path.of("target", "first-load.txt"), figures);
      assertTrue(signInBytes <= BUDGET_BYTES, figures);
      for (String staff : STAFF_CODE) {
        assertTrue(
            learnerFiles.stream().noneMatch(f -> f.endsWith(staff)), staff + " in " + learnerFiles);
      }
    } finally {
      chrome.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", false));
      chrome.executeCdpCommand(
          "Network.emulateNetworkConditions",
          Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
  }

  private static JavascriptExecutor js(Browser browser) {
    return (JavascriptExecutor) browser.driver;
  }

  /** Bytes this document's loading and its files took on the wire (headers included). */
  private static long transferred(Browser browser) {
    return ((Number)
            js(browser)
                .executeScript(
                    "return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + (e.transferSize || 0), 0)"))
        .longValue();
  }

  @SuppressWarnings("unchecked")
  private static List<String> fetched(Browser browser) {
    return new java.util.ArrayList<>(
        (List<String>)
            js(browser)
                .executeScript(
                    "return performance.getEntriesByType('resource').map((e) => e.name)"));
  }

  @Test
  void aReloadAndANavigationWithoutAConnectionReturnToTheTestWithItsKeptAnswers() throws Exception {
    String nip = People.create(base, "solok", "LEARNER");
    Api learner = People.signIn(base, nip);
    learner.post("api/v1/courses/" + COURSE + "/enrolment", "{}");
    try (SwitchableLine line = new SwitchableLine(base)) {
      URL app = line.through(base);
      Browser browser = browsers.open(390, 844);
      browser.signIn(app, nip, People.PASSWORD);
      browser.open(app + "#/courses/" + COURSE);
      browser.click("#my-progress #next-step");
      browser.await("#attempt");
      browser.until(
          d -> (Boolean) js(browser).executeScript("return !!navigator.serviceWorker.controller"));
      Matcher id = Pattern.compile("#/attempts/(\\d+)").matcher(browser.driver.getCurrentUrl());
      assertTrue(id.find(), browser.driver.getCurrentUrl());

      String first = answerNextChoice(browser);
      browser.awaitText(".save-state[data-position='" + first + "']", "Tersimpan");
      browser.click("#next-question");
      // a change of language draws the test again, on the question the learner was at
      String at = browser.await(".question:not([hidden])").getAttribute("data-position");
      for (String language : List.of("en", "id")) {
        new org.openqa.selenium.support.ui.Select(browser.await("#language"))
            .selectByValue(language);
        browser.awaitText(
            "#submit-attempt", language.equals("en") ? "Submit answers" : "Kumpulkan jawaban");
        assertEquals(at, browser.await(".question:not([hidden])").getAttribute("data-position"));
      }

      ChromeDriver chrome = (ChromeDriver) browser.driver;
      line.down();
      chrome.executeCdpCommand("Network.enable", Map.of());
      chrome.executeCdpCommand(
          "Network.emulateNetworkConditions",
          Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      String second = answerNextChoice(browser);
      browser.awaitText(".save-state[data-position='" + second + "']", "disimpan di perangkat");
      assertTrue(navButton(browser, second).getAttribute("class").contains("local"));

      js(browser).executeScript("location.hash = '#/courses'");
      browser.awaitText("#attempt-closed", "offline");
      assertTrue(browser.driver.getCurrentUrl().contains("#/attempts/" + id.group(1)));

      browser.driver.navigate().refresh();
      browser.await("#attempt");
      assertTrue(navButton(browser, first).getAttribute("class").contains("answered"));
      assertTrue(navButton(browser, second).getAttribute("class").contains("local"));
      browser.await("#offline");
      navButton(browser, second).click();
      browser.awaitText(".save-state[data-position='" + second + "']", "disimpan di perangkat");
      assertTrue(
          browser.await(".question[data-position='" + second + "'] input[type=radio]").isSelected(),
          "the answer given offline is still chosen after the reload");

      line.up();
      chrome.executeCdpCommand(
          "Network.emulateNetworkConditions",
          Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      browser.awaitText(".save-state[data-position='" + second + "']", "Tersimpan");
      assertFalse(navButton(browser, second).getAttribute("class").contains("local"));
      JsonObject saved = learner.get("api/v1/attempts/" + id.group(1)).json();
      JsonObject kept =
          saved.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
              .filter(q -> String.valueOf(q.getInt("position")).equals(second))
              .findFirst()
              .orElseThrow();
      assertNotNull(kept.get("response"));
      assertTrue(kept.getJsonNumber("sequence").longValue() >= 1, kept.toString());
    }
  }

  private static WebElement navButton(Browser browser, String position) {
    return browser.await("#question-nav .qnav[data-position='" + position + "']");
  }

  /** Picks the first option of the shown question, moving on past questions without options. */
  private static String answerNextChoice(Browser browser) {
    for (int i = 0; i < 50; i++) {
      WebElement q = browser.await(".question:not([hidden])");
      List<WebElement> radios = q.findElements(By.cssSelector("input[type=radio]"));
      if (!radios.isEmpty()) {
        radios.get(0).click();
        return q.getAttribute("data-position");
      }
      browser.click("#next-question");
    }
    throw new AssertionError("no question with options");
  }
}
