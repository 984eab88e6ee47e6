package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Certificates in a real browser: a learner who completed a course downloads the certificate from
 * their list, and whoever scans its QR code, signed in or not, sees the verification page say it is
 * valid (Sah). The region's admin keeps the letterhead on its own page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatesBrowserIT {

  @ArquillianResource URL base;

  @RegisterExtension static final Browser.Shared browsers = new Browser.Shared();

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"390,844", "1366,768"})
  void aLearnerDownloadsTheCertificateAndItsQrCodeLeadsToTheVerification(int width, int height)
      throws Exception {
    String region = Regions.create(base, "sertb");
    String adminNip = People.create(base, region, "REGIONAL_ADMIN");
    Api admin = People.signIn(base, adminNip);
    assertEquals(
        200,
        admin
            .put(
                "api/v1/report/letterhead",
                "{\"agency\":\"Badan Diklat Uji Peramban\",\"addressLines\":[\"Jl. Peramban 2\"]}")
            .status());
    String course = CoursePackages.newId("sertb");
    Api instructor = CoursePackages.uploadedByNewInstructor(base, region, course);
    assertEquals(
        200, instructor.patch("api/v1/courses/" + course, "{\"published\":true}").status());
    String nip = People.create(base, region, "LEARNER");
    Api learner = People.signIn(base, nip);
    assertEquals(201, learner.post("api/v1/courses/" + course + "/enrolment", "{}").status());
    Tests.takeWithFirstOptions(learner, course, "PRE_TEST");
    for (String lesson : List.of("01-satu", "02-dua", "03-tiga")) {
      learner.get("api/v1/courses/" + course + "/lessons/" + lesson);
      learner.post("api/v1/courses/" + course + "/lessons/" + lesson + "/completion", "");
    }

    Browser browser = browsers.open(width, height);
    browser.signIn(base, nip);
    browser.open(base + "#/certificates");
    browser.awaitText("#my-certificates", "Kursus Uji " + course);
    String href = browser.await("#my-certificates a.certificate-download").getAttribute("href");
    byte[] pdf = Base64.getDecoder().decode(download(browser, href));
    String url;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      url = PrintedQr.read(document);
    }
    String hash = url.substring(url.indexOf('#'));
    assertTrue(hash.startsWith("#/verify/"), url);

    // scanned by someone who is not signed in: the public page confirms it
    browser.driver.manage().deleteAllCookies();
    ((JavascriptExecutor) browser.driver).executeScript("sessionStorage.clear();");
    browser.open(base + hash);
    browser.awaitText("#verification-status", "Sah");
    browser.awaitText("#verification", "Kursus Uji " + course);

    browser.signIn(base, adminNip);
    browser.open(base + "#/admin/letterhead");
    assertEquals(
        "Badan Diklat Uji Peramban", browser.await("#letterhead-agency").getAttribute("value"));
    browser.open(base + "#/admin/certificates");
    browser.awaitText("#region-certificate-table", "Kursus Uji " + course);
  }

  /** The file at {@code url} fetched by the page with its session cookie, as base64. */
  private static String download(Browser browser, String url) {
    return (String)
        ((JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], { credentials: 'same-origin' }).then((r) => r.blob())"
                    + ".then((b) => { const f = new FileReader();"
                    + " f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); })"
                    + ".catch((e) => done(''));",
                url);
  }
}
