package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Course search over HTTP: stemming, visibility, freshness, answer keys, rebuild, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

  @ArquillianResource URL base;

  private static JsonObject search(Api who, String query) {
    Api.Reply reply = who.get("api/v1/search?" + query);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A course whose lesson says "melatih" and whose answer key holds a word found nowhere else. */
  private static CoursePackages course(String id, String secret, String lessonWord) {
    CoursePackages pkg = CoursePackages.valid(id, "1.0.0");
    pkg.text(
        "lessons/02-dua.md",
        "---\ntitle: Standar Pelayanan\n---\n\nKepala seksi melatih pegawai baru setiap pekan. "
            + lessonWord
            + "\n");
    pkg.text("questions/pre-test.gift", "::K01:: Kata kunci? {=" + secret + " ~salah}\n");
    return pkg;
  }

  @Test
  void aLearnerFindsPublishedLessonsByStemWhileDraftsAnswerKeysAndOtherRegionsStayHidden()
      throws Exception {
    String id = CoursePackages.newId("cari");
    String secret = "kuncirahasia" + Long.toString(System.nanoTime(), 36);
    Api instructor = People.signIn(base, People.create(base, "kupang", "INSTRUCTOR"));
    Api.Reply uploaded =
        instructor.postBytes(
            "api/v1/course-packages", "application/zip", course(id, secret, "").zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    Api foreigner = People.signIn(base, People.create(base, "solok", "LEARNER"));
    String inCourse = "&course=" + id;

    assertEquals(0, search(learner, q("pelatihan") + inCourse).getInt("totalHits"), "a draft");
    assertTrue(
        search(instructor, q("pelatihan") + inCourse).getInt("totalHits") > 0,
        "its region's staff see the draft");

    instructor.patch("api/v1/courses/" + id, "{\"published\":true}");
    // a change reaches the index within moments, never on a fixed schedule
    JsonObject found =
        Waits.until(
            () -> search(learner, q("pelatihan") + inCourse),
            f -> f.getInt("totalHits") > 0,
            Duration.ofSeconds(30));
    assertTrue(found.getInt("totalHits") > 0, "searchable once published: " + found);
    JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
    assertEquals(id, hit.getString("course"));
    assertTrue(found.toString().contains("\"match\":true"), "the snippet marks the match");
    assertTrue(found.getJsonObject("facets").getJsonObject("competency").containsKey("teknis"));

    assertEquals(
        0,
        search(foreigner, q("pelatihan") + inCourse).getInt("totalHits"),
        "another region's course");
    assertEquals(
        0, search(learner, q(secret)).getInt("totalHits"), "answer keys are never indexed");
    assertEquals(0, search(Api.admin(base), q(secret)).getInt("totalHits"));
    assertEquals(
        1,
        instructor
            .get("api/v1/courses/" + id + "/questions?" + q(secret))
            .json()
            .getInt("totalItems"),
        "instructors search their question bank instead");

    instructor.patch("api/v1/courses/" + id, "{\"published\":false}");
    assertEquals(
        0,
        search(learner, q("pelatihan") + inCourse).getInt("totalHits"),
        "unpublished disappears at once");
  }

  @Test
  void aNewVersionIsSearchableAtOnceAndADeletedCourseDisappears() {
    String id = CoursePackages.newId("segar");
    String before = "lamaxq" + Long.toString(System.nanoTime(), 36);
    String after = "barugz" + Long.toString(System.nanoTime(), 36);
    Api instructor = People.signIn(base, People.create(base, "bengkulu", "INSTRUCTOR"));
    instructor.postBytes(
        "api/v1/course-packages", "application/zip", course(id, "x", before).zip());
    assertEquals(1, search(instructor, q(before)).getInt("totalHits"));

    CoursePackages next = course(id, "x", after);
    next.text("manifest.json", CoursePackages.manifest(id, "1.1.0", "\"lessons/03-tiga.md\""));
    Api.Reply updated =
        instructor.postBytes("api/v1/course-packages", "application/zip", next.zip());
    assertEquals("UPDATED", updated.json().getString("outcome"), updated::toString);
    assertEquals(0, search(instructor, q(before)).getInt("totalHits"), "old text gone");
    assertEquals(1, search(instructor, q(after)).getInt("totalHits"), "new text found");

    assertEquals(204, instructor.delete("api/v1/courses/" + id).status());
    assertEquals(0, search(instructor, q(after)).getInt("totalHits"), "deleted course gone");
  }

  @Test
  void starterLessonsAttachmentsAndTyposAreFound() {
    Api learner = People.signIn(base, People.create(base, "solok", "LEARNER"));
    JsonObject pdf = search(learner, q("lembar kerja matriks") + "&course=manajemen-waktu");
    assertTrue(pdf.toString().contains("\"kind\":\"attachment\""), "PDF text: " + pdf);
    JsonObject typo = search(learner, q("pelayaan"));
    assertTrue(typo.getInt("totalHits") > 0, "one letter missing still finds pelayanan");
    JsonObject title = search(learner, q("manajemen waktu"));
    assertEquals(
        "manajemen-waktu", title.getJsonArray("hits").getJsonObject(0).getString("course"));
    assertEquals(
        "course",
        title.getJsonArray("hits").getJsonObject(0).getString("kind"),
        "a title match ranks first");
  }

  @Test
  void badQueriesAnswerClearlyAndNeverWithA500() {
    Api learner = People.signIn(base, People.create(base, "bengkulu", "LEARNER"));
    learner.get("api/v1/search?q=").problem(400);
    learner.get("api/v1/search?" + q(" ")).problem(400);
    learner.get("api/v1/search?" + q("a".repeat(300))).problem(400);
    for (String odd :
        new String[] {"\"pelayanan prima", "(foo:bar AND", "*?~^\\", "&& || !", "\"\""}) {
      assertEquals(200, learner.get("api/v1/search?" + q(odd)).status(), odd);
    }
    learner.get("api/v1/search?" + q("pelayanan") + "&size=500").problem(400);
    assertEquals(401, Api.anonymous(base).get("api/v1/search?" + q("pelayanan")).status());
  }

  @Test
  void aSystemAdminRebuildsTheIndexWithProgressAndSearchKeepsWorking() throws Exception {
    Api learner = People.signIn(base, People.create(base, "kupang", "LEARNER"));
    learner.post("api/v1/search/rebuild", "").problem(403);
    Api admin = Api.admin(base);
    Api.Reply started = admin.post("api/v1/search/rebuild", "");
    assertTrue(started.status() == 202 || started.status() == 409, started::toString);
    String state =
        Waits.until(
            () -> admin.get("api/v1/search/rebuild").json().getString("state"),
            s -> !"RUNNING".equals(s),
            Duration.ofMinutes(1));
    assertEquals("DONE", state);
    JsonObject progress = admin.get("api/v1/search/rebuild").json();
    assertEquals(progress.getInt("total"), progress.getInt("done"));
    assertTrue(search(learner, q("pelayanan publik")).getInt("totalHits") > 0);
    assertEquals(200, Api.anonymous(base).get("api/v1/ping").status());
  }
}
