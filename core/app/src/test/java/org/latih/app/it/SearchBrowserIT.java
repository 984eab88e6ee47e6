package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Searching in a real browser: highlighted results, a facet, no results, a course opened from a
 * hit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void aLearnerSearchesNarrowsByAFacetAndOpensACourse() throws Exception {
    String nip = People.create(base, "kupang", "LEARNER");
    Browser browser = browsers.open(390, 844);
    browser.signIn(base, nip);
    browser.open(base + "#/search");
    browser.type("#search-q", "matriks eisenhower");
    browser.await("#search-q").sendKeys(Keys.ENTER);
    browser.awaitText("#search-count", "hasil");
    browser.awaitText("#search-results", "Eisenhower");
    assertFalse(
        browser.driver.findElements(By.cssSelector("#search-results mark")).isEmpty(),
        "matched words are highlighted");

    browser.click("#search-facets button[aria-pressed='false']");
    browser.awaitText("#search-count", "hasil");
    assertTrue(browser.driver.getCurrentUrl().contains("&"), "the facet is in the address");

    browser.type("#search-q", "zzqqxxyy tidakada");
    browser.await("#search-q").sendKeys(Keys.ENTER);
    browser.await("#search-empty");

    browser.type("#search-q", "manajemen waktu");
    browser.await("#search-q").sendKeys(Keys.ENTER);
    browser.click("#search-results a[href='#/courses/manajemen-waktu']");
    browser.awaitText("#course-title", "Manajemen Waktu");
  }
}
