package org.latih.app.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver. Nothing is downloaded: both binaries must
 * be installed (.ci/run installs the chromium and chromium-driver packages). A test class shares
 * one Chromium through {@link Shared}; each test gets it back empty (no cookies, no stored data).
 */
final class Browser implements AutoCloseable {

  /**
   * One Chromium for all tests of a class (starting one costs about a second of both cores):
   * {@code @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();}, then
   * {@code browsers.open(width, height)} in each test. Quits after the class.
   */
  static final class Shared implements AfterAllCallback {
    private Browser browser;

    /** The class's browser, signed out, with nothing stored, at this window size. */
    Browser open(int width, int height) throws IOException {
      if (browser == null) {
        browser = new Browser(width, height);
      } else {
        browser.forgetEverything(width, height);
      }
      return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
      if (browser != null) {
        browser.close();
        browser = null;
      }
    }
  }

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final WebDriver driver;
  private final WebDriverWait wait;
  private final PageChecks checks = new PageChecks();
  private final Path profile;

  /** A browser with a phone-sized window, the size most ASN use. */
  Browser(int width, int height) throws IOException {
    for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!new File(binary).canExecute()) {
        throw new IllegalStateException(
            binary
                + " is missing: install the Debian packages chromium and"
                + " chromium-driver (bin/test and .ci/run do this)");
      }
    }
    profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    // checked every 50 ms, not every 500 (Selenium's default): a page that is ready a moment after
    // a wait begins should not cost the suite half a second each time
    wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
  }

  /**
   * As fresh as a new profile for what the app keeps: cookies, local and session storage,
   * IndexedDB, caches and service workers of every origin visited, then a blank page (so the next
   * visit loads the app anew even when only the #fragment differs).
   */
  private void forgetEverything(int width, int height) {
    ChromeDriver chrome = (ChromeDriver) driver;
    String url = driver.getCurrentUrl();
    if (url != null && url.startsWith("http")) {
      java.net.URI uri = java.net.URI.create(url);
      String origin = uri.getScheme() + "://" + uri.getAuthority();
      chrome.executeCdpCommand(
          "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }
    chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.get("about:blank");
    driver.manage().window().setSize(new Dimension(width, height));
  }

  void open(String url) {
    driver.get(url);
  }

  /** Signs in on the start page with a password and waits for the welcome. */
  void signIn(java.net.URL base, String username, String password) {
    open(base.toString());
    type("#username", username);
    type("#password", password);
    click("#login-submit");
    awaitText("#welcome", "Selamat datang");
  }

  /** Signs in as someone {@link People} created. */
  void signIn(java.net.URL base, String nip) {
    signIn(base, nip, People.PASSWORD);
  }

  WebElement await(String css) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    // the checks take a moment in which the page may draw the element anew: find it after them
    checks.check(driver);
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  WebElement awaitText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    checks.check(driver);
    return driver.findElement(By.cssSelector(css));
  }

  /** Waits until {@code condition} answers true or a value. */
  <T> T until(java.util.function.Function<WebDriver, T> condition) {
    return wait.until(condition::apply);
  }

  void type(String css, String text) {
    WebElement input = await(css);
    input.clear();
    input.sendKeys(text);
  }

  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /** The file at {@code url} fetched by the page with its session cookie (empty when refused). */
  byte[] download(String url) {
    String base64 =
        (String)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], { credentials: 'same-origin' })"
                        + ".then((r) => r.ok ? r.blob() : new Blob([]))"
                        + ".then((b) => { const f = new FileReader();"
                        + " f.onload = () => done(f.result.split(',')[1] || ''); f.readAsDataURL(b); })"
                        + ".catch((e) => done(''));",
                    url);
    return java.util.Base64.getDecoder().decode(base64);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
