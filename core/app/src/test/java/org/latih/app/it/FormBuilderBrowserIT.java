package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * A regional admin builds a form on the page (a mistake first, shown beside its field), and a
 * participant of the region finds it among the evaluation forms and fills it in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormBuilderBrowserIT {

  private static final String REGION = "bukittinggi";

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void anAdminBuildsAFormOnThePageAndAParticipantFillsItIn() throws Exception {
    String id = "umpan-balik-" + Api.newNip().substring(12);
    Browser browser = browsers.open(1280, 900);
    browser.signIn(base, People.create(base, REGION, "REGIONAL_ADMIN"));
    browser.open(base + "#/evaluation");
    browser.click("#builder-link");
    browser.click("#builder-new");
    browser.type("input[name='title']", "Umpan Balik Praktik Simulasi");
    assertEquals(
        "umpan-balik-praktik-simulasi",
        browser.await("input[name='id']").getAttribute("value"),
        "the code follows the title");
    browser.type("input[name='id']", id);
    browser.click(".add-item");
    // the link-style buttons on the white builder card can be seen (they were white on white)
    String removeColour = browser.await(".remove-item").getCssValue("color");
    assertEquals("rgba(11, 110, 79, 1)", removeColour, "the brand colour of links");
    new Select(browser.await("select[name='sections[0].items[1].kind']"))
        .selectByValue("SINGLE_CHOICE");
    browser.type("textarea[name='sections[0].items[1].text']", "Sesi yang paling berguna");
    browser.type("textarea[name='sections[0].items[1].options']", "Simulasi\nPraktik lapangan");

    // the author sees the form as respondents will, before saving it
    browser.click("#builder-preview-show");
    browser.awaitText("#builder-preview", "Sesi yang paling berguna");
    assertEquals(
        1,
        browser
            .await("#builder-preview")
            .findElements(By.cssSelector("input[type=radio][value='Praktik lapangan']"))
            .size());

    // the first item's question is still empty: the server says so beside it
    browser.click("#builder-save");
    WebElement error = browser.await("#builder-form .field-error");
    assertTrue(error.getText().contains("butir 1 di bagian 1"), error.getText());
    browser.type("textarea[name='sections[0].items[0].text']", "Simulasi membantu pekerjaan saya");
    browser.click("#builder-save");
    browser.awaitText("#builder-form .message.notice", "versi 1");

    // asked at course end: the participant answers from the reminder of a completed course
    String learner = People.create(base, REGION, "LEARNER");
    ActionPlansIT.completedCourse(base, REGION, People.signIn(base, learner));
    browser = browsers.open(390, 844);
    browser.signIn(base, learner);
    browser.open(base + "#/evaluation");
    String card = "article[data-plugin='local'][data-form='" + id + "']";
    browser.click(card + " .fill-link");
    WebElement form = browser.await("#evaluation-form");
    for (WebElement radio : form.findElements(By.cssSelector("input[type=radio]"))) {
      if (radio.getAttribute("value").equals("4")
          || radio.getAttribute("value").equals("Simulasi")) {
        radio.click();
      }
    }
    browser.click("#evaluation-submit");
    browser.awaitText("#evaluation-done", "Terima kasih");
    // the forms page now shows it done, with nothing left to fill in
    browser.open(base + "#/evaluation");
    browser.awaitText(card + " .done-item", "Sudah diisi");
    assertTrue(browser.driver.findElements(By.cssSelector(card + " .fill-link")).isEmpty());

    Api admin = People.signIn(base, People.create(base, REGION, "EVALUATOR"));
    assertEquals(
        1,
        admin.get("api/v1/evaluation/forms/local/" + id + "/summary").json().getInt("responses"));
  }
}
