package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Course packages for the tests, built in memory: a valid one, then bent to be invalid. */
final class CoursePackages {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  final Map<String, byte[]> files = new LinkedHashMap<>();

  /**
   * A new instructor of {@code region}, signed in, who has uploaded {@code course} (unpublished).
   */
  static Api uploadedByNewInstructor(URL base, String region, String course) {
    Api instructor = People.signIn(base, People.create(base, region, "INSTRUCTOR"));
    Api.Reply uploaded =
        instructor.postBytes(
            "api/v1/course-packages", "application/zip", valid(course, "1.0.0").zip());
    assertEquals(200, uploaded.status(), uploaded::toString);
    return instructor;
  }

  /** Three lessons in two modules, an attachment and a pre-test; owned by whoever uploads it. */
  static CoursePackages valid(String id, String version) {
    CoursePackages pkg = new CoursePackages();
    pkg.text("manifest.json", manifest(id, version, "\"lessons/03-tiga.md\""));
    pkg.text(
        "lessons/01-satu.md",
        "---\ntitle: Mengenal Pelayanan\nminutes: 10\n---\n\n## Pembuka\n\n"
            + "Baca [lembar kerja](../attachments/lembar.pdf) lalu lanjut ke [pelajaran dua](02-dua.md).\n");
    pkg.text(
        "lessons/02-dua.md",
        "---\ntitle: Standar Pelayanan\n---\n\n| Komponen | Isi |\n|---|---|\n| Waktu | 3 hari |\n");
    pkg.text(
        "lessons/03-tiga.md",
        "---\ntitle: Pengaduan\nvideo: https://www.youtube.com/watch?v=dQw4w9WgXcQ\n---\n\nTeks **tebal**.\n");
    pkg.files.put("attachments/lembar.pdf", PDF);
    pkg.text("questions/pre-test.gift", "::K01:: Satu tambah satu? {=dua ~tiga}\n");
    return pkg;
  }

  static String manifest(String id, String version, String lastModuleLessons) {
    return """
        {"id": "%s", "version": "%s", "title": "Kursus Uji %s",
         "description": "Kursus kecil untuk pengujian integrasi.", "jp": 3,
         "competencyType": "teknis", "language": "id", "tags": ["uji"],
         "modules": [
           {"title": "Modul 1", "lessons": ["lessons/01-satu.md", "lessons/02-dua.md"]},
           {"title": "Modul 2", "lessons": [%s]}],
         "preTest": "questions/pre-test.gift"}
        """
        .formatted(id, version, id, lastModuleLessons);
  }

  CoursePackages text(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A unique course id for one test, so tests never see each other's courses. */
  static String newId(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }
}
