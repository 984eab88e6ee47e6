package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates, letterheads and transcripts end to end, in a region of the test's own: a learner
 * completes a course in a cohort and downloads the certificate, whose PDF states the facts under
 * the region's kop surat and carries a QR code of the public verification page; the verification
 * confirms it without signing in, until the region's admin revokes it. Numbers count per region and
 * year; other learners and other regions see nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatesIT {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

  @ArquillianResource URL base;

  @Test
  void aCompletedCourseGivesACertificateThatAnyoneCanVerifyUntilItIsRevoked() throws Exception {
    String region = Regions.create(base, "sert");
    String prefix = region.toUpperCase(Locale.ROOT);
    Api admin = People.signIn(base, People.create(base, region, "REGIONAL_ADMIN"));
    String signatoryNip = Api.newNip();
    Api.Reply saved =
        admin.put(
            "api/v1/report/letterhead",
            """
            {"agency":"Badan Kepegawaian Uji","addressLines":["Jl. Merdeka 1, Kota Uji","Telp. (0380) 123"],
             "signatoryName":"Dra. Maria Kepala","signatoryNip":"%s","signatoryJabatan":"Kepala Badan",
             "signatoryPlace":"Kota Uji"}"""
                .formatted(signatoryNip));
    assertEquals(200, saved.status(), saved::toString);
    assertTrue(saved.json().getBoolean("configured"));
    assertEquals(
        200, admin.putBytes("api/v1/report/letterhead/logo", "image/png", png(120, 80)).status());

    String course = CoursePackages.newId("sertifikat");
    Api instructor = CoursePackages.uploadedByNewInstructor(base, region, course);
    assertEquals(
        200, instructor.patch("api/v1/courses/" + course, "{\"published\":true}").status());
    LocalDate starts = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(2);
    LocalDate ends = starts.plusDays(12);
    Api.Reply cohort =
        admin.post(
            "api/v1/cohorts",
            "{\"course\":\"%s\",\"name\":\"Angkatan Sertifikat\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"capacity\":10,\"selfEnrolment\":false,\"instructors\":[]}"
                .formatted(course, starts, ends));
    assertEquals(201, cohort.status(), cohort::toString);
    long cohortId = cohort.json().getJsonNumber("id").longValue();
    String first = People.create(base, region, "LEARNER");
    String second = People.create(base, region, "LEARNER");
    String unfinished = People.create(base, region, "LEARNER");
    for (String nip : List.of(first, second, unfinished)) {
      AttendanceIT.enrol(admin, cohortId, nip);
    }
    Api learner = People.signIn(base, first);
    Api other = People.signIn(base, second);
    Api notYet = People.signIn(base, unfinished);
    complete(learner, course);
    complete(other, course);

    notYet
        .get("api/v1/me/certificates/course/" + course + "/pdf")
        .problem(409, "certificate-not-earned");
    assertEquals(0, ((JsonArray) notYet.get("api/v1/me/certificates").structure()).size());

    // issued when first asked for, numbered in the order asked, and kept from then on
    JsonObject mine = only(learner.get("api/v1/me/certificates"));
    assertEquals("0001/STTPP/" + prefix + "/" + YEAR, mine.getString("number"));
    JsonObject theirs = only(other.get("api/v1/me/certificates"));
    assertEquals("0002/STTPP/" + prefix + "/" + YEAR, theirs.getString("number"));
    assertEquals(mine, only(learner.get("api/v1/me/certificates")), "the same certificate again");
    assertEquals(3, mine.getInt("jp"));
    assertEquals(starts.toString(), mine.getString("startsOn"), "the cohort's dates");
    assertEquals(ends.toString(), mine.getString("endsOn"));
    long id = mine.getJsonNumber("id").longValue();
    String code = mine.getString("verifyCode");
    assertEquals(32, code.length());

    Api.Binary pdf = learner.fetch("api/v1/me/certificates/course/" + course + "/pdf");
    assertEquals(200, pdf.status(), () -> pdf.asText().toString());
    assertEquals("application/pdf", pdf.header("Content-Type"));
    String name = "Uji " + first.substring(14);
    String url;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      for (String fact :
          List.of(
              "SERTIFIKAT",
              "Nomor: 0001/STTPP/" + prefix + "/" + YEAR,
              name,
              "NIP. " + first,
              "Kursus Uji " + course,
              "selama 3 JP",
              "BADAN KEPEGAWAIAN UJI",
              "Jl. Merdeka 1, Kota Uji",
              "Dicetak ",
              "Dra. Maria Kepala",
              "NIP. " + signatoryNip)) {
        assertTrue(text.contains(fact), fact + " in " + text);
      }
      url = PrintedQr.read(document);
    }
    assertTrue(url.endsWith("#/verify/" + code), url);

    // the public verification: the certificate's facts, the NIP masked, nothing more
    Api anonymous = Api.anonymous(base);
    Api.Reply verified = anonymous.get("api/v1/certificates/verify/" + code);
    assertEquals(200, verified.status(), verified::toString);
    JsonObject facts = verified.json();
    assertTrue(facts.getBoolean("valid"));
    assertEquals(name, facts.getString("name"));
    assertEquals("Kursus Uji " + course, facts.getString("course"));
    assertEquals(3, facts.getInt("jp"));
    assertEquals(mine.getString("number"), facts.getString("number"));
    assertTrue(facts.getString("region").startsWith("Kabupaten Uji"), facts::toString);
    assertEquals("*".repeat(14) + first.substring(14), facts.getString("nip"));
    assertFalse(verified.body().contains(first), "no NIP in full: " + verified.body());
    assertFalse(facts.containsKey("email"));
    anonymous.get("api/v1/certificates/verify/" + "a".repeat(32)).problem(404);
    anonymous.get("api/v1/certificates/verify/pendek").problem(404);

    // nobody else's: another learner, and another region's staff
    other.get("api/v1/me/certificates/" + id + "/pdf").problem(404);
    other.get("api/v1/report/people/" + People.idOf(base, first) + "/transcript").problem(403);
    Api elsewhere = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    elsewhere
        .post("api/v1/report/certificates/" + id + "/revocation", "{\"reason\":\"Salah\"}")
        .problem(404);
    elsewhere.get("api/v1/report/certificates/" + id + "/pdf").problem(404);
    elsewhere.get("api/v1/report/people/" + People.idOf(base, first) + "/transcript").problem(404);
    elsewhere.get("api/v1/report/certificates/cohorts/" + cohortId + "/zip").problem(404);
    elsewhere.get("api/v1/report/letterhead?region=" + region).problem(403);

    // the region's evaluator reads the learner's transcript with the certificate number
    Api evaluator = People.signIn(base, People.create(base, region, "EVALUATOR"));
    JsonObject transcript =
        evaluator.get("api/v1/report/people/" + People.idOf(base, first) + "/transcript").json();
    assertEquals(name, transcript.getJsonObject("person").getString("name"));
    assertEquals(20, transcript.getInt("target"));
    JsonObject credited = transcript.getJsonArray("courses").getJsonObject(0);
    assertEquals(mine.getString("number"), credited.getString("certificate"));
    JsonObject thisYear = transcript.getJsonArray("years").getJsonObject(0);
    assertEquals(YEAR, thisYear.getInt("year"));
    assertEquals(3, thisYear.getInt("jp"));
    assertFalse(thisYear.getBoolean("met"));
    evaluator
        .post("api/v1/report/certificates/" + id + "/revocation", "{\"reason\":\"Salah\"}")
        .problem(403);
    String ownTranscript = text(learner.fetch("api/v1/me/transcript.pdf"));
    for (String fact :
        List.of(
            "TRANSKRIP JAM PELAJARAN (JP)",
            name,
            "Kursus Uji " + course,
            mine.getString("number"))) {
      assertTrue(ownTranscript.contains(fact), fact + " in " + ownTranscript);
    }
    String staffTranscript =
        text(
            evaluator.fetch(
                "api/v1/report/people/" + People.idOf(base, first) + "/transcript.pdf"));
    assertTrue(staffTranscript.contains("BADAN KEPEGAWAIAN UJI"), staffTranscript);

    // the cohort's certificates in one zip: one PDF per learner who completed
    Api.Binary zip = instructor.fetch("api/v1/report/certificates/cohorts/" + cohortId + "/zip");
    assertEquals(200, zip.status(), () -> zip.asText().toString());
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
        try (PDDocument document = Loader.loadPDF(in.readAllBytes())) {
          assertTrue(new PDFTextStripper().getText(document).contains("SERTIFIKAT"));
        }
      }
    }
    String slug = prefix.toLowerCase(Locale.ROOT);
    assertEquals(
        List.of(
            "sertifikat-0001-sttpp-" + slug + "-" + YEAR + ".pdf",
            "sertifikat-0002-sttpp-" + slug + "-" + YEAR + ".pdf"),
        entries.stream().sorted().toList());

    // revoked: the verification says so and since when, the PDF is no longer handed out
    admin.post("api/v1/report/certificates/" + id + "/revocation", "{}").problem(400);
    Api.Reply revoked =
        admin.post(
            "api/v1/report/certificates/" + id + "/revocation",
            "{\"reason\":\"Data peserta keliru\"}");
    assertEquals(200, revoked.status(), revoked::toString);
    JsonObject after = anonymous.get("api/v1/certificates/verify/" + code).json();
    assertFalse(after.getBoolean("valid"));
    assertNotNull(after.getString("revokedOn"));
    learner.get("api/v1/me/certificates/" + id + "/pdf").problem(409, "certificate-revoked");
    assertTrue(only(learner.get("api/v1/me/certificates")).getBoolean("revoked"));
  }

  @Test
  void theLetterheadRefusesWhatIsNotALogoAndAWrongNip() {
    String region = Regions.create(base, "kop");
    Api admin = People.signIn(base, People.create(base, region, "REGIONAL_ADMIN"));
    JsonObject unset = admin.get("api/v1/report/letterhead").json();
    assertFalse(unset.getBoolean("configured"));
    assertTrue(
        unset.getString("agency").startsWith("Kabupaten Uji"), "the default names the region");
    admin.putBytes("api/v1/report/letterhead/logo", "image/png", png(10, 10)).problem(404);
    String detail =
        admin
            .put(
                "api/v1/report/letterhead",
                "{\"agency\":\"BKPSDM\",\"signatoryName\":\"Kepala\",\"signatoryNip\":\"123\"}")
            .problem(400);
    assertTrue(detail.contains("18"), detail);
    assertEquals(
        200, admin.put("api/v1/report/letterhead", "{\"agency\":\"BKPSDM Uji\"}").status());
    admin
        .putBytes("api/v1/report/letterhead/logo", "image/png", "GIF89a bukan png".getBytes())
        .problem(422, "invalid-image");
    byte[] truncated = png(50, 50);
    admin
        .putBytes(
            "api/v1/report/letterhead/logo",
            "image/png",
            java.util.Arrays.copyOf(truncated, truncated.length / 2))
        .problem(422, "invalid-image");
    admin.putBytes("api/v1/report/letterhead/logo", "image/png", new byte[600 * 1024]).problem(413);
    byte[] logo = png(64, 64);
    assertEquals(200, admin.putBytes("api/v1/report/letterhead/logo", "image/jpeg", logo).status());
    Api.Binary back = admin.fetch("api/v1/report/letterhead/logo");
    assertEquals("image/png", back.header("Content-Type"), "judged by content, not by the header");
    assertEquals(logo.length, back.body().length);
    People.signIn(base, People.create(base, region, "EVALUATOR"))
        .get("api/v1/report/letterhead")
        .problem(403);
  }

  @Test
  void aPluginReportPdfCarriesTheRegionsLetterheadAndPrintDate() throws Exception {
    String region = Regions.create(base, "kopl");
    Api admin = People.signIn(base, People.create(base, region, "REGIONAL_ADMIN"));
    assertEquals(
        200,
        admin
            .put(
                "api/v1/report/letterhead",
                "{\"agency\":\"Badan Diklat Uji Laporan\",\"addressLines\":[\"Jl. Laporan 7\"]}")
            .status());
    byte[] jar =
        Files.readAllBytes(
            Path.of("../../plugins/bengkulu/target/latih-plugin-bengkulu-1.0.0.jar"));
    Api.Reply installed = admin.postBytes("api/v1/plugins", "application/java-archive", jar);
    assertEquals(201, installed.status(), installed::toString);
    try {
      Api evaluator = People.signIn(base, People.create(base, region, "EVALUATOR"));
      JsonObject report =
          ((JsonArray) evaluator.get("api/v1/evaluation/reports").structure())
              .getValuesAs(JsonObject.class).stream()
                  .filter(r -> r.getString("pluginId").equals("latih-bengkulu"))
                  .findFirst()
                  .orElseThrow()
                  .getJsonObject("report");
      String text =
          text(
              evaluator.fetch(
                  "api/v1/evaluation/reports/latih-bengkulu/"
                      + report.getString("id")
                      + "/export?format=pdf"));
      assertTrue(text.contains("BADAN DIKLAT UJI LAPORAN"), text);
      assertTrue(text.contains("Jl. Laporan 7"), text);
      assertTrue(text.contains("Dicetak "), text);
    } finally {
      admin.delete("api/v1/plugins/latih-bengkulu");
    }
  }

  @Test
  void certificatesIssuedAtTheSameMomentGetConsecutiveNumbers() throws Exception {
    String region = Regions.create(base, "serp");
    String prefix = region.toUpperCase(Locale.ROOT);
    String course = CoursePackages.newId("serentak");
    Api instructor = CoursePackages.uploadedByNewInstructor(base, region, course);
    assertEquals(
        200, instructor.patch("api/v1/courses/" + course, "{\"published\":true}").status());
    List<Api> learners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Api learner = People.signIn(base, People.create(base, region, "LEARNER"));
      assertEquals(201, learner.post("api/v1/courses/" + course + "/enrolment", "{}").status());
      complete(learner, course);
      learners.add(learner);
    }
    ExecutorService pool = Executors.newFixedThreadPool(learners.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> asked = new ArrayList<>();
      for (Api learner : learners) {
        asked.add(
            pool.submit(
                () -> {
                  start.await();
                  return only(learner.get("api/v1/me/certificates")).getString("number");
                }));
      }
      start.countDown();
      Set<String> numbers = new TreeSet<>();
      for (Future<String> number : asked) {
        numbers.add(number.get(60, TimeUnit.SECONDS));
      }
      Set<String> expected = new TreeSet<>();
      for (int seq = 1; seq <= learners.size(); seq++) {
        expected.add("%04d/STTPP/%s/%d".formatted(seq, prefix, YEAR));
      }
      assertEquals(expected, numbers, "four at once: four numbers, none twice, none skipped");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void complete(Api learner, String course) {
    Tests.takeWithFirstOptions(learner, course, "PRE_TEST");
    for (String lesson : List.of("01-satu", "02-dua", "03-tiga")) {
      learner.get("api/v1/courses/" + course + "/lessons/" + lesson);
      Api.Reply done =
          learner.post("api/v1/courses/" + course + "/lessons/" + lesson + "/completion", "");
      assertEquals(200, done.status(), done::toString);
    }
  }

  private static JsonObject only(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    JsonArray list = (JsonArray) reply.structure();
    assertEquals(1, list.size(), list::toString);
    return list.getJsonObject(0);
  }

  private static String text(Api.Binary pdf) throws IOException {
    assertEquals(200, pdf.status(), () -> pdf.asText().toString());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** A small PNG: a blue square on white, as a logo would be. */
  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(20, 60, 160));
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
