package org.latih.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every page the browser tests visit must pass, checked once per page and window width:
 * axe-core's WCAG 2.1 A and AA rules, and no page wider than the window (nothing to scroll sideways
 * on a phone). A page is its route with the numbers taken out (#/attempts/N).
 */
final class PageChecks {

  private static final String AXE = axe();
  private static final Map<String, Object> WCAG =
      Map.of(
          "runOnly",
          Map.of("type", "tag", "values", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")),
          "resultTypes",
          List.of("violations"));

  private final Set<String> checked = new HashSet<>();
  private String last;

  private static String axe() {
    try (InputStream in = PageChecks.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is missing: the axe-core test dependency");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the page shown now, unless this page was checked at this width already. */
  void check(WebDriver driver) {
    String url = driver.getCurrentUrl();
    if (url == null || !url.startsWith("http") || url.equals(last)) {
      return;
    }
    last = url;
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long width = ((Number) js.executeScript("return window.innerWidth")).longValue();
    String page = url.replaceFirst("^[^#]*", "").replaceAll("\\?.*$", "").replaceAll("\\d+", "N");
    if (!checked.add(page + " at " + width + " px")) {
      return;
    }
    String wide =
        (String)
            js.executeScript(
                "const w = document.documentElement.clientWidth;"
                    + "if (document.documentElement.scrollWidth <= w) return null;"
                    + "const clipped = (e) => { for (let p = e.parentElement; p; p = p.parentElement) {"
                    + " if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; }"
                    + " return false; };"
                    + "const over = [...document.querySelectorAll('body *')]"
                    + ".filter((e) => e.getBoundingClientRect().right > w + 1 && !clipped(e))"
                    + ".map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                    + " + ' to ' + Math.round(e.getBoundingClientRect().right));"
                    + "return document.documentElement.scrollWidth + ' px wide: ' + over.slice(0, 6).join(', ');");
    if (wide != null) {
      fail(page, width, "page wider than the window (" + width + " px), " + wide);
    }
    if (!(Boolean) js.executeScript("return typeof window.axe === 'object'")) {
      js.executeScript(AXE);
    }
    String violations =
        (String)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, arguments[0]).then((r) => done(r.violations.map((v) =>"
                    + " v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                    + " + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')).join('\\n')))"
                    + ".catch((e) => done('axe failed: ' + e));",
                WCAG);
    if (!violations.isEmpty()) {
      fail(page, width, "accessibility violations:\n" + violations);
    }
  }

  private static void fail(String page, long width, String what) {
    throw new AssertionError(page + " at " + width + " px: " + what);
  }
}
