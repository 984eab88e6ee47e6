package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Action plans in real browsers: a participant who has just completed a course follows the home
 * page's reminder, names themself by mistake, then their supervisor, and saves the plan; the
 * supervisor finds it under "Tindak lanjut staf" and writes the follow-up; the plan is then closed
 * to the participant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionPlansBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @Test
  void theParticipantWritesThePlanAndTheSupervisorFollowsItUp() throws Exception {
    String participant = People.create(base, "kupang", "LEARNER");
    Api learner = People.signIn(base, participant);
    String course = ActionPlansIT.completedCourse(base, learner);
    String boss = People.create(base, "kupang", "LEARNER");
    String target =
        learner.get("api/v1/action-plans/mine/" + course).json().getString("latestTarget");
    String card = ".plan-card[data-course='" + course + "']";

    Browser browser = browsers.open(390, 844);
    browser.signIn(base, participant);
    browser.awaitText("#plan-reminders", "Tulis rencana tindak lanjut untuk Kursus Uji " + course);
    browser.click("#plan-reminders a.plan-reminder-write");
    browser.await("#plan-form-" + course);
    browser.type("#plan-nip-" + course, participant);
    browser.type(card + " [name='actions[0].description']", "Menyusun jadwal kerja mingguan");
    browser.type(card + " [name='actions[0].indicator']", "Jadwal dipakai setiap Senin");
    WebElement date = browser.await(card + " [name='actions[0].targetOn']");
    ((JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].value = arguments[1];", date, target);
    browser.click(card + " .plan-save");
    browser.awaitText(card + " .field-error", "bukan peserta sendiri");

    browser.type("#plan-nip-" + course, boss);
    browser.click(card + " .plan-save");
    browser.awaitText(card + " .plan-supervisor", "NIP " + boss);
    browser.awaitText(card + " .plan-actions", "Menyusun jadwal kerja mingguan");

    browser = browsers.open(1280, 900);
    browser.signIn(base, boss);
    browser.open(base + "#/plans");
    browser.awaitText("#plans-supervised", "Kursus Uji " + course);
    String supervised = "#plans-supervised .plan-card";
    browser.click(supervised + " .follow-up-write");
    browser.click(supervised + " input[name='actions[0].status'][value='SEBAGIAN']");
    browser.click(supervised + " input[name='score'][value='3']");
    browser.type(supervised + " textarea[name='comment']", "Sudah berjalan, perlu dipantau.");
    browser.click(supervised + " .follow-up-save");
    browser.awaitText(supervised + " .plan-follow-up", "3 (baik)");
    browser.awaitText(supervised + " .plan-actions", "Sebagian");

    JsonObject plan =
        learner.get("api/v1/action-plans/mine/" + course).json().getJsonObject("plan");
    assertNotNull(plan.getJsonObject("followUp"));
    assertFalse(plan.getBoolean("editable"), "the followed-up plan is closed to the participant");
  }
}
