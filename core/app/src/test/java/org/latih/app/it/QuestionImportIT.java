package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Question import as an author uses it (issue #15): every question of a real-shaped bank lands,
 * whatever its name; a question is the same only by Moodle ID number or by position in the same
 * file; a re-import changes nothing; a partial import is asked for; refusals are clear.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionImportIT {

  private static final String FIXTURE = "/org/latih/testing/fixtures/bank-moodle-style.gift";

  @ArquillianResource URL base;

  private static String fixture() {
    try (InputStream in = QuestionImportIT.class.getResourceAsStream(FIXTURE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Api instructorOfNewCourse(String region, String course) {
    Api instructor = CoursePackages.uploadedByNewInstructor(base, region, course);
    return instructor;
  }

  private static Api.Reply importText(Api api, String course, String query, String text) {
    return api.postBytes(
        "api/v1/courses/" + course + "/questions/import?" + query,
        "text/plain",
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject imported(Api api, String course, String query, String text) {
    Api.Reply reply = importText(api, course, query, text);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static void assertCounts(JsonObject report, int created, int revised, int unchanged) {
    assertEquals(
        List.of(created, revised, unchanged),
        List.of(report.getInt("created"), report.getInt("revised"), report.getInt("unchanged")),
        report::toString);
  }

  private static List<JsonObject> bank(Api api, String course, String category) {
    return api.get(
            "api/v1/courses/"
                + course
                + "/questions?size=100&category="
                + URLEncoder.encode(category, StandardCharsets.UTF_8))
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private static int bankSize(Api api, String course) {
    return api.get("api/v1/courses/" + course + "/questions").json().getInt("totalItems");
  }

  @Test
  void everyQuestionOfAMoodleStyleBankLandsAndAReimportChangesNothing() {
    String course = CoursePackages.newId("impor");
    Api instructor = instructorOfNewCourse("kupang", course);
    int before = bankSize(instructor, course);
    String gift = fixture();

    assertCounts(imported(instructor, course, "format=gift&file=bab.gift", gift), 45, 0, 0);
    assertEquals(before + 45, bankSize(instructor, course), "same names are separate questions");
    List<JsonObject> bab2 = bank(instructor, course, "Pelayanan Publik/Bab 2");
    assertEquals(
        4,
        bab2.stream()
            .filter(q -> q.getJsonObject("content").getString("name").equals("Etika"))
            .count());
    assertEquals(
        3,
        bab2.stream()
            .filter(q -> q.getJsonObject("content").getString("name").startsWith("Nilai dasar ASN"))
            .count(),
        "untitled questions with the same opening stay apart");

    JsonObject again = imported(instructor, course, "format=gift&file=bab.gift", gift);
    assertCounts(again, 0, 0, 45);
    assertEquals(0, again.getInt("skipped"));
    assertEquals(before + 45, bankSize(instructor, course));

    String edited = gift.replace("Berapa hari jangka waktu", "Berapa hari kerja jangka waktu");
    assertCounts(imported(instructor, course, "format=gift&file=bab.gift", edited), 0, 1, 44);
    JsonObject revised =
        bank(instructor, course, "Pelayanan Publik/Bab 1").stream()
            .filter(q -> q.getJsonObject("content").getString("text").contains("hari kerja jangka"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, revised.getInt("version"));

    // another file with a question of the same name in the same category is another question
    assertCounts(
        imported(
            instructor,
            course,
            "format=gift&file=lain.gift",
            "$CATEGORY: Pelayanan Publik/Bab 2\n\n::Etika:: Soal lain tentang etika. {T}\n"),
        1,
        0,
        0);
  }

  @Test
  void moodleIdNumbersKeepIdentityWhenQuestionsMove() {
    String course = CoursePackages.newId("idnum");
    Api instructor = instructorOfNewCourse("solok", course);
    String one =
        "<question type=\"truefalse\"><name><text>Sama</text></name><questiontext format=\"html\">"
            + "<text><![CDATA[<p>Pernyataan %s</p>]]></text></questiontext><idnumber>%s</idnumber>"
            + "<answer fraction=\"100\"><text>true</text></answer>"
            + "<answer fraction=\"0\"><text>false</text></answer></question>\n";
    String category =
        "<question type=\"category\"><category><text>$course$/top/Moodle</text></category>"
            + "</question>\n";
    String first =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
            + category
            + one.formatted("satu", "PP-01")
            + one.formatted("dua", "PP-02")
            + "</quiz>\n";
    assertCounts(imported(instructor, course, "format=xml&file=moodle.xml", first), 2, 0, 0);
    String moved =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
            + category
            + one.formatted("dua", "PP-02")
            + one.formatted("satu, diubah", "PP-01")
            + "</quiz>\n";
    assertCounts(imported(instructor, course, "format=xml&file=lain.xml", moved), 0, 1, 1);
    assertEquals(2, bank(instructor, course, "Moodle").size());
  }

  @Test
  void aFileWithProblemsStoresNothingUnlessSkippingIsAskedFor() {
    String course = CoursePackages.newId("parsial");
    Api instructor = instructorOfNewCourse("bengkulu", course);
    int before = bankSize(instructor, course);
    String gift =
        "::A:: Satu {T}\n\n"
            + "::B:: Rumpang {1:SHORTANSWER:=x} di sini\n\n"
            + "::C:: Bobot tidak sah {~%33%a ~%67%b}\n\n"
            + "::D:: Empat {F}\n";
    String refused = importText(instructor, course, "format=gift&file=p.gift", gift).problem(422);
    assertFalse(refused.contains("null"), refused);
    assertEquals(before, bankSize(instructor, course), "nothing of a refused file is stored");

    JsonObject report =
        imported(instructor, course, "format=gift&file=p.gift&skipUnsupported=true", gift);
    assertCounts(report, 2, 0, 0);
    assertEquals(2, report.getInt("skipped"));
    List<JsonObject> skipped =
        report.getJsonArray("skippedQuestions").getValuesAs(JsonObject.class);
    assertEquals(List.of(3, 5), skipped.stream().map(s -> s.getInt("line")).toList());
    assertTrue(skipped.get(1).getString("reason").contains("33"), skipped::toString);
    skipped.forEach(s -> assertFalse(s.getString("reason").contains("null"), s::toString));
    assertEquals(before + 2, bankSize(instructor, course));
  }

  @Test
  void refusalsAreClearProblemDetails() {
    String course = CoursePackages.newId("tolak");
    Api instructor = instructorOfNewCourse("bukittinggi", course);

    Api.Reply bogus = importText(instructor, course, "format=bogus", "::A:: Satu {T}\n");
    assertTrue(bogus.status() == 400 || bogus.status() == 422, bogus::toString);
    assertTrue(bogus.problem(bogus.status()).contains("bogus"), bogus::toString);

    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
            + "<question type=\"ddmarker\"><questiontext><text>Tandai peta</text></questiontext>"
            + "</question>\n</quiz>\n";
    Api.Reply refused = importText(instructor, course, "format=xml", xml);
    String detail = refused.problem(422, "invalid-questions");
    assertTrue(detail.contains("tidak ada soal yang diimpor"), detail);
    String body = refused.body();
    assertFalse(body.contains("null") || body.contains("dilewati"), body);
    assertTrue(body.contains("ddmarker"), body);

    String quiz = "{\"kind\":\"QUIZ\",\"title\":\"Kuis Bab 1\"}";
    Api.Reply first = instructor.post("api/v1/courses/" + course + "/quizzes", quiz);
    assertEquals(201, first.status(), first::toString);
    String twice =
        instructor
            .post("api/v1/courses/" + course + "/quizzes", quiz)
            .problem(409, "quiz-title-taken");
    assertTrue(twice.contains("Kuis Bab 1"), twice);
  }

  private static String xmlFixture() {
    try (InputStream in =
        QuestionImportIT.class.getResourceAsStream(
            "/org/latih/testing/fixtures/bank-moodle-export.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A real-shaped Moodle XML export: learners get its HTML sanitised (no script, no event handler),
   * its embedded image from the course (and only learners who may see the course), and the bank
   * exports back with its formats and images.
   */
  @Test
  void moodleXmlWithHtmlAndImagesIsShownSafelyAndExportsBack() {
    String course = CoursePackages.newId("format");
    Api instructor = instructorOfNewCourse("kupang", course);
    assertCounts(imported(instructor, course, "format=xml&file=bank.xml", xmlFixture()), 10, 0, 0);
    assertEquals(
        200, instructor.patch("api/v1/courses/" + course, "{\"published\":true}").status());
    List<JsonObject> questions = bank(instructor, course, "Pelayanan Publik/Data");
    assertEquals(10, questions.size());
    int before = bankSize(instructor, course);
    // the editor gets the text as written and a sanitised preview
    JsonObject table =
        questions.stream()
            .filter(q -> q.getJsonObject("content").getString("name").equals("Kenaikan pengaduan"))
            .findFirst()
            .orElseThrow();
    assertEquals("HTML", table.getJsonObject("content").getString("format"));
    assertTrue(table.getJsonObject("content").getString("text").contains("<script>"));
    assertFalse(table.getString("preview").contains("<script"), table::toString);

    Api.Reply quiz =
        instructor.post(
            "api/v1/courses/" + course + "/quizzes", "{\"kind\":\"QUIZ\",\"title\":\"Kuis Data\"}");
    assertEquals(201, quiz.status(), quiz::toString);
    long quizId = quiz.json().getJsonNumber("id").longValue();
    String ids =
        String.join(",", questions.stream().map(q -> q.getJsonNumber("id").toString()).toList());
    Api.Reply set =
        instructor.put(
            "api/v1/quizzes/" + quizId + "/questions", "{\"questionIds\":[" + ids + "]}");
    assertTrue(set.status() == 200 || set.status() == 204, set::toString);

    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    assertEquals(201, learner.post("api/v1/courses/" + course + "/enrolment", "{}").status());
    Api.Reply started = learner.post("api/v1/quizzes/" + quizId + "/attempts", "");
    assertEquals(200, started.status(), started::toString);
    String body = started.body();
    assertFalse(body.contains("<script"), body);
    assertFalse(body.contains("onerror"), body);
    assertFalse(body.contains("@@PLUGINFILE@@"), body);
    List<JsonObject> shown = started.json().getJsonArray("questions").getValuesAs(JsonObject.class);
    JsonObject tableShown =
        shown.stream()
            .filter(q -> q.getString("text").contains("<table"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(body));
    assertEquals("html", tableShown.getString("format"));
    assertTrue(tableShown.getString("text").contains("<strong>kenaikan</strong>"), body);
    java.util.regex.Matcher src =
        java.util.regex.Pattern.compile("src=\"(api/v1/courses/[^\"]+)\"")
            .matcher(tableShown.getString("text"));
    assertTrue(src.find(), tableShown::toString);
    assertTrue(
        src.group(1).startsWith("api/v1/courses/" + course + "/attachments/q-"), src.group(1));

    Api.Binary image = learner.fetch(src.group(1));
    assertEquals(200, image.status(), () -> image.asText().toString());
    assertTrue(image.header("Content-Type").startsWith("image/png"), image.header("Content-Type"));
    assertEquals((byte) 0x89, image.body()[0]);
    assertEquals('P', image.body()[1]);

    // the essay (Markdown) reaches its grader rendered, as the learner saw it
    long attempt = started.json().getJsonNumber("id").longValue();
    JsonObject essay =
        shown.stream()
            .filter(q -> q.getString("type").equals("ESSAY"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(body));
    assertEquals(
        200,
        Tests.answer(learner, attempt, essay.getInt("position"), 1, "{\"text\":\"Usul saya\"}")
            .status());
    Tests.submit(learner, attempt);
    JsonObject waiting =
        instructor
            .get("api/v1/courses/" + course + "/grading")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(w -> w.getJsonNumber("attemptId").longValue() == attempt)
            .findFirst()
            .orElseThrow();
    assertEquals("html", waiting.getString("format"), waiting::toString);
    assertTrue(waiting.getString("question").contains("<strong>tiga</strong>"), waiting::toString);
    assertFalse(waiting.getString("question").contains("**"), waiting::toString);

    Api stranger = People.signIn(base, People.create(base, "solok", "LEARNER"));
    Api.Binary refused = stranger.fetch(src.group(1));
    assertEquals(404, refused.status(), () -> refused.asText().toString());

    String category = URLEncoder.encode("Pelayanan Publik/Data", StandardCharsets.UTF_8);
    String xml =
        instructor
            .get("api/v1/courses/" + course + "/questions/export?format=xml&category=" + category)
            .body();
    assertTrue(xml.contains("<questiontext format=\"html\">"), xml);
    assertTrue(xml.contains("<questiontext format=\"markdown\">"), xml);
    assertTrue(xml.contains("<question type=\"description\">"), xml);
    assertTrue(xml.contains("<file encoding=\"base64\" name=\"q-"), xml);
    assertTrue(xml.contains("Kenaikan pengaduan"), xml);
    String gift = instructor.get("api/v1/courses/" + course + "/questions/export").body();
    assertTrue(gift.contains("::Kenaikan pengaduan:: [html]"), gift);
    assertTrue(gift.contains("[markdown]"), gift);
    Api.Reply bogus = instructor.get("api/v1/courses/" + course + "/questions/export?format=bogus");
    assertTrue(bogus.status() == 400 || bogus.status() == 422, bogus::toString);
    assertTrue(bogus.problem(bogus.status()).contains("bogus"), bogus::toString);

    // the export imports again as the same questions, and the images as the same files
    assertCounts(imported(instructor, course, "format=xml&file=export.xml", xml), 10, 0, 0);
    assertEquals(before + 10, bankSize(instructor, course));
  }
}
