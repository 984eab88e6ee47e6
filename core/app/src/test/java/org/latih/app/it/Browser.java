package org.latih.app.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver. Nothing is downloaded: both binaries must
 * be installed (.ci/run installs the chromium and chromium-driver packages).
 */
final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final WebDriver driver;
  private final WebDriverWait wait;
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
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  WebElement awaitText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
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

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
