package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refused course packages: each answers a problem detail naming every problem by file, and neither
 * a new course nor a change to an existing one is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoursePackagesIT {

  @ArquillianResource URL base;

  private Api admin() {
    return Api.admin(base);
  }

  /** The problem detail's per-file problems as "where: message" lines. */
  private static List<String> problems(Api.Reply reply) {
    reply.problem(422);
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field") + ": " + e.getString("message"))
        .toList();
  }

  private Api.Reply upload(byte[] zip) {
    return admin().postBytes("api/v1/course-packages", "application/zip", zip);
  }

  private static void assertHas(List<String> problems, String where, String text) {
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith(where) && p.contains(text)),
        () -> "no problem at " + where + " saying '" + text + "' in " + problems);
  }

  @Test
  void aPathEscapingThePackageIsRefused() {
    String id = CoursePackages.newId("slip");
    CoursePackages pkg = CoursePackages.valid(id, "1.0.0");
    pkg.text("../../etc/latih-evil.md", "jahat");
    assertHas(problems(upload(pkg.zip())), "../../etc/latih-evil.md", "keluar dari paket");
    admin().get("api/v1/courses/" + id).problem(404);
  }

  @Test
  void aTwoHundredMegabyteAttachmentIsRefusedWithoutStoringAnything() throws IOException {
    String id = CoursePackages.newId("besar");
    CoursePackages pkg = CoursePackages.valid(id, "1.0.0");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var file : pkg.files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
      // 200 MB of zeros compresses to a few hundred KB: the limit must hold on what unpacks, and
      // reading stops as soon as the content grows past the compression-ratio limit.
      zip.putNextEntry(new ZipEntry("attachments/rekaman.pdf"));
      byte[] megabyte = new byte[1 << 20];
      megabyte[0] = '%';
      zip.write(megabyte);
      megabyte[0] = 0;
      for (int i = 1; i < 200; i++) {
        zip.write(megabyte);
      }
      zip.closeEntry();
    }
    assertHas(problems(upload(out.toByteArray())), "attachments/rekaman.pdf", "bom ZIP");
    admin().get("api/v1/courses/" + id).problem(404);
  }

  @Test
  void scriptsEventHandlersAndJavascriptLinksAreRefusedWithTheirLines() {
    String id = CoursePackages.newId("skrip");
    CoursePackages pkg = CoursePackages.valid(id, "1.0.0");
    pkg.text(
        "lessons/02-dua.md",
        "---\ntitle: Dua\n---\n\nParagraf.\n\n<script>alert(1)</script>\n\n"
            + "[hadiah](javascript:alert(document.cookie))\n");
    List<String> problems = problems(upload(pkg.zip()));
    assertHas(problems, "lessons/02-dua.md:7", "HTML");
    assertHas(problems, "lessons/02-dua.md:9", "javascript:");
    admin().get("api/v1/courses/" + id).problem(404);
  }

  @Test
  void aMissingManifestFieldAndAMissingFileAreAllListed() {
    String id = CoursePackages.newId("kurang");
    CoursePackages pkg = CoursePackages.valid(id, "1.0.0");
    pkg.text(
        "manifest.json",
        CoursePackages.manifest(id, "1.0.0", "\"lessons/03-tiga.md\"")
            .replace("\"jp\": 3,", "")
            .replace("\"language\"", "\"bahasa\""));
    pkg.files.remove("attachments/lembar.pdf");
    List<String> problems = problems(upload(pkg.zip()));
    assertHas(problems, "manifest.json", "'jp' wajib ada");
    assertHas(problems, "manifest.json", "'bahasa' tidak dikenal");
    assertHas(problems, "lessons/01-satu.md", "../attachments/lembar.pdf");
    assertTrue(problems.size() >= 4, problems::toString);
  }

  @Test
  void aBadNewVersionLeavesTheInstalledCourseAsItWas() {
    String id = CoursePackages.newId("utuh");
    assertEquals(200, upload(CoursePackages.valid(id, "1.0.0").zip()).status());
    CoursePackages bad = CoursePackages.valid(id, "2.0.0");
    bad.text("lessons/03-tiga.md", "---\ntitle: Tiga\n---\n\n<iframe src=x></iframe>\n");
    problems(upload(bad.zip()));
    JsonObject course = admin().get("api/v1/courses/" + id).json().getJsonObject("course");
    assertEquals("1.0.0", course.getString("version"));
    assertEquals(3, course.getInt("lessons"));
    String html = admin().get("api/v1/courses/" + id + "/lessons/03-tiga").json().getString("html");
    assertTrue(html.contains("<strong>tebal</strong>"), html);
  }

  @Test
  void somethingThatIsNotAZipIsRefusedInTheCallersLanguage() {
    String english =
        admin()
            .header("Accept-Language", "en")
            .postBytes("api/v1/course-packages", "application/zip", "bukan zip".getBytes())
            .problem(422);
    assertTrue(english.startsWith("Course package refused"), english);
    assertTrue(
        admin()
            .header("Accept-Language", "en")
            .postBytes("api/v1/course-packages", "application/zip", "bukan zip".getBytes())
            .body()
            .contains("not a readable ZIP"));
  }
}
