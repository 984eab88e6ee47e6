package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Attendance and unit indicators in a real browser: an instructor adds a session to their cohort,
 * ticks who was there, saves and sees the rates; the participant sees it on their own page; an
 * admin records an indicator with a decimal comma and is told when a second recording replaces it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void anInstructorTicksWhoCameSavesAndSeesTheRate() throws Exception {
    String suffix = String.valueOf(System.nanoTime() % 100000);
    String unit = "Dinas Perhubungan " + suffix;
    Api admin = People.signIn(base, People.create(base, "bengkulu", "REGIONAL_ADMIN"));
    String instructor = People.create(base, "bengkulu", "INSTRUCTOR");
    long cohort = AttendanceIT.cohort(admin, instructor);
    String came = AttendanceIT.learner(base, "bengkulu", unit);
    String missed = AttendanceIT.learner(base, "bengkulu", unit);
    AttendanceIT.enrol(admin, cohort, came);
    AttendanceIT.enrol(admin, cohort, missed);

    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, instructor);
    browser.open(base + "#/attendance");
    browser.click("#attendance-cohorts a[href='#/attendance/cohorts/" + cohort + "']");
    browser.type("#session-form input[name=title]", "Praktik lapangan " + suffix);
    new Select(browser.await("#session-form select[name=deliveryMode]")).selectByValue("workshop");
    browser.click("#session-form button[type=submit]");
    browser.awaitText("#attendance-sessions", "Praktik lapangan " + suffix);
    browser.driver.findElement(By.linkText("Praktik lapangan " + suffix)).click();

    browser.awaitText("#attendance-sheet", missed);
    // everyone ticked at once, then the one who missed it unticked
    browser.click("#attendance-all");
    browser.click("tr[data-nip='" + missed + "'] input[type=checkbox]");
    assertTrue(browser.await("tr[data-nip='" + came + "'] input[type=checkbox]").isSelected());
    // the reason is asked only of who was not there
    assertFalse(browser.await("tr[data-nip='" + came + "'] select[name=absence]").isEnabled());
    new Select(browser.await("tr[data-nip='" + missed + "'] select[name=absence]"))
        .selectByValue("SAKIT");
    browser.click("#attendance-save");
    browser.awaitText("#attendance-status", "1 dari 2 hadir (50%)");
    assertEquals(
        "Hadir", browser.await("tr[data-nip='" + came + "'] .attendance-recorded").getText());
    assertEquals(
        "Sakit", browser.await("tr[data-nip='" + missed + "'] .attendance-recorded").getText());

    browser.open(base + "#/attendance/cohorts/" + cohort);
    browser.awaitText("#attendance-cohort-total", "1 dari 2 hadir (50%)");
    assertTrue(browser.await("#attendance-cohort-units").getText().contains(unit));

    browser = browsers.open(390, 844);
    browser.signIn(base, came);
    browser.open(base + "#/attendance");
    browser.awaitText("#attendance-mine", "Praktik lapangan " + suffix);
    assertTrue(browser.await("#attendance-mine").getText().contains("Hadir"));
  }

  @Test
  void anAdminRecordsAnIndicatorWithADecimalCommaAndIsToldWhenItReplacesOne() throws Exception {
    String unit = "Kecamatan Uji " + System.nanoTime() % 100000;
    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, People.create(base, "bengkulu", "REGIONAL_ADMIN"));
    browser.open(base + "#/indicators");
    for (String value : new String[] {"82,5", "84,25"}) {
      browser.type("#indicator-form input[name=unitKerja]", unit);
      browser.type("#indicator-form input[name=indicator]", "ikm");
      browser.type("#indicator-form input[name=period]", "2025-S1");
      browser.type("#indicator-form input[name=value]", value);
      browser.click("#indicator-form button[type=submit]");
      browser.awaitText("#indicator-status", value);
    }
    assertTrue(
        browser.await("#indicator-status").getText().contains("Nilai sebelumnya diganti"),
        "the second recording says it replaced the first");
    browser.type("#indicator-filters input[name=unit]", unit);
    browser.click("#indicator-filters button[type=submit]");
    browser.awaitText("#indicator-table", "84,25");
    assertEquals(
        1, browser.driver.findElements(By.cssSelector("#indicator-table tbody tr")).size());
  }
}
