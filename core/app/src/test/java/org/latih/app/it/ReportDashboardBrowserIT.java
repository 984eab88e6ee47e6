package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluator dashboard in a real browser, on the small cohort of {@link OutcomeCohort}: an
 * evaluator picks the course by its title and reads the key figures and charts (the reaction chart
 * says "no data" rather than drawing 0), opens the learners, then the JP compliance of a unit with
 * the people below the target, on a desktop and a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportDashboardBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void anEvaluatorPicksACourseByTitleAndSeesItsFiguresAndCharts() throws Exception {
    OutcomeCohort c = OutcomeCohort.seed(base);
    String evaluator = People.create(base, c.region(), "EVALUATOR");
    for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
      Browser browser = browsers.open(size[0], size[1]);
      browser.signIn(base, evaluator);
      browser.open(base + "#/reports");
      browser.click("#link-outcome-dashboard");
      browser.await("#dashboard-filters");
      new Select(browser.await("#pick-course")).selectByVisibleText(c.courseTitle());
      browser.awaitText("#kf-enrolled", "4");
      assertTrue(browser.await("#kf-completion").getText().contains("50%"));
      assertTrue(browser.await("#kf-pass").getText().contains("67%"));
      // the mean post-test of 75 and the class gain 4/7 in Indonesian digits
      assertTrue(browser.await("#kf-post").getText().contains("75"));
      assertTrue(browser.await("#kf-gain").getText().contains("0,57"));
      browser.awaitText("#small-sample", "Hanya 3 peserta");
      if (size[0] == 1366) {
        downloadsFollowThePickedCourse(browser, c);
      }
      for (String chart :
          new String[] {
            "#chart-distribution",
            "#chart-gain",
            "#chart-funnel",
            "#chart-reaction",
            "#chart-jp-units"
          }) {
        browser.await(chart + " svg[role=img]");
        assertTrue(
            browser
                    .driver
                    .findElement(By.cssSelector(chart + " svg title"))
                    .getAttribute("textContent")
                    .length()
                > 0,
            chart);
      }
      assertEquals(
          2,
          browser.driver.findElements(By.cssSelector("#chart-reaction .chart-bar-value")).size(),
          "materi and sarana");
      assertEquals(
          4,
          browser.driver.findElements(By.cssSelector("#chart-funnel .chart-bar-value")).size(),
          "enrolled, attended, completed and passed are four bars");
      // Dinas B: dedi alone, with a pre-test only and no form answered: "no data", never a 0 bar
      new Select(browser.await("#pick-unit")).selectByVisibleText(c.unitB());
      browser.awaitText("#kf-enrolled", "1");
      assertTrue(browser.await("#chart-gain").getText().contains("tidak ada data"));
      assertTrue(browser.await("#chart-reaction").getText().contains("tidak ada data"));
      assertTrue(browser.await("#kf-post").getText().contains("tidak ada data"));
      assertEquals(
          0,
          browser.driver.findElements(By.cssSelector("#chart-reaction .chart-bar-value")).size());
      assertEquals(
          0, browser.driver.findElements(By.cssSelector("#chart-gain .chart-bar-value")).size());
      new Select(browser.await("#pick-unit")).selectByIndex(0);
      browser.awaitText("#kf-enrolled", "4");
      Select cohorts = new Select(browser.await("#pick-cohort"));
      assertTrue(
          cohorts.getOptions().stream().anyMatch(o -> o.getText().equals(c.cohortName())),
          () -> "cohorts offered: " + cohorts.getOptions().stream().map(o -> o.getText()).toList());
      cohorts.selectByVisibleText(c.cohortName());
      browser.awaitText("#kf-enrolled", "4");
      browser.click("#learners summary");
      browser.awaitText("#learner-table", "Dedi");
      assertTrue(browser.await("#learner-table").getText().contains(c.nips().get("ani")));

      browser.click("#link-jp");
      browser.awaitText("#jp-units", c.unitA());
      browser
          .driver
          .findElement(
              By.xpath("//table[@id='jp-units']//button[contains(., '" + c.unitA() + "')]"))
          .click();
      browser.awaitText("#jp-people-title", c.unitA());
      browser.until(d -> d.findElement(By.id("jp-people")).getText().contains("Citra"));
      String people = browser.await("#jp-people").getText();
      assertTrue(people.contains("Ani") && people.contains("Budi"), people);
      assertTrue(
          browser
              .await("#jp-people a[href$='/transcript.pdf']")
              .getAttribute("href")
              .contains("api/v1/report/people/"));
    }
  }

  /** The report on screen as Excel (numbers as numbers) and as an official PDF of the region. */
  private void downloadsFollowThePickedCourse(Browser browser, OutcomeCohort c) throws Exception {
    String xlsxUrl = browser.await("#download-xlsx").getAttribute("href");
    assertTrue(xlsxUrl.contains("course="), xlsxUrl);
    try (ReadableWorkbook book =
        new ReadableWorkbook(new ByteArrayInputStream(browser.download(xlsxUrl)))) {
      List<Row> rows = book.getFirstSheet().read();
      assertEquals("Kelompok", rows.get(0).getCellText(0));
      assertEquals("Terdaftar", rows.get(0).getCellText(1));
      Row course = rows.get(1);
      assertEquals(CellType.NUMBER, course.getCell(1).getType(), "enrolled is a number cell");
      assertEquals(4, course.getCell(1).asNumber().intValue());
    }
    byte[] pdf = browser.download(browser.await("#download-pdf").getAttribute("href"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Dicetak"), "the print date: " + text);
      assertTrue(text.contains("Terdaftar"), text);
    }
  }
}
