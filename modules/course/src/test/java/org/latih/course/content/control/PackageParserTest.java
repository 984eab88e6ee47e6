package org.latih.course.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.latih.course.content.api.CoursePackage;
import org.latih.course.course.api.CompetencyType;

class PackageParserTest {

  private static List<String> problems(Map<String, Object> files) {
    InvalidPackageException e =
        assertThrows(
            InvalidPackageException.class, () -> PackageParser.parse(TestPackages.files(files)));
    return e.problems().stream().map(p -> p.where() + " " + p.messageKey()).toList();
  }

  @Test
  void readsAValidPackage() {
    CoursePackage pkg = PackageParser.parse(TestPackages.files(TestPackages.valid()));
    assertEquals("uji-kursus", pkg.id());
    assertEquals(4, pkg.jp());
    assertEquals(CompetencyType.TEKNIS, pkg.competencyType());
    assertEquals(2, pkg.modules().size());
    assertEquals(
        List.of("01-satu", "02-dua"),
        pkg.modules().get(0).lessons().stream().map(CoursePackage.LessonContent::key).toList());
    assertEquals(10, pkg.modules().get(0).lessons().get(0).minutes());
    assertEquals("application/pdf", pkg.attachments().get(0).contentType());
    assertTrue(pkg.questionFiles().containsKey("preTest"));
  }

  @Test
  void acceptsAZipOfTheFolderItself() {
    Map<String, Object> nested = new java.util.LinkedHashMap<>();
    TestPackages.valid().forEach((path, content) -> nested.put("uji-kursus/" + path, content));
    assertEquals("uji-kursus", PackageParser.parse(TestPackages.files(nested)).id());
  }

  @Test
  void reportsEveryManifestProblemAtOnce() {
    Map<String, Object> files = TestPackages.valid();
    files.put(
        "manifest.json",
        """
        {"id": "Bad Id", "version": "1", "title": "", "jp": 0, "competencyType": "sihir",
         "language": "fr", "author": "x", "modules": [{"title": "M", "lessons": ["lessons/99-hilang.md"]}]}
        """);
    List<String> problems = problems(files);
    assertTrue(problems.contains("manifest.json manifest.unknownField"), problems::toString);
    assertTrue(problems.contains("manifest.json manifest.id"));
    assertTrue(problems.contains("manifest.json manifest.version"));
    assertTrue(problems.contains("manifest.json manifest.notText"));
    assertTrue(problems.contains("manifest.json manifest.required"), "description is missing");
    assertTrue(problems.contains("manifest.json manifest.jp"));
    assertTrue(problems.contains("manifest.json manifest.competencyType"));
    assertTrue(problems.contains("manifest.json manifest.language"));
    assertTrue(problems.contains("manifest.json manifest.missingLesson"));
  }

  @Test
  void refusesPathsThatLeaveThePackage() {
    Map<String, Object> files = TestPackages.valid();
    files.put("../../etc/cron.d/evil", "x");
    files.put("/abs/evil", "x");
    List<String> problems = problems(files);
    assertTrue(problems.contains("../../etc/cron.d/evil package.pathEscapes"), problems::toString);
    assertTrue(problems.contains("/abs/evil package.pathEscapes"));
  }

  @Test
  void refusesAnOversizedAttachmentWithoutHoldingIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var file : TestPackages.valid().entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        Object c = file.getValue();
        zip.write(
            c instanceof byte[] b
                ? b
                : c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("attachments/video-besar.pdf"));
      byte[] megabyte = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(megabyte);
      }
      zip.closeEntry();
    }
    assertTrue(out.size() < 5 << 20, "zeros compress: the upload itself is small");
    // a ratio no zip reaches, so that the per-file limit is the one crossed
    PackageFiles files =
        PackageFiles.fromZip(
            new ByteArrayInputStream(out.toByteArray()),
            new PackageFiles.Limits(20L << 20, 200L << 20, 2_000, 10_000));
    assertFalse(files.files().containsKey("attachments/video-besar.pdf"));
    InvalidPackageException e =
        assertThrows(InvalidPackageException.class, () -> PackageParser.parse(files));
    assertEquals("package.fileTooLarge", e.problems().get(0).messageKey());
    assertEquals(20L, e.problems().get(0).args()[0]);
  }

  @Test
  void refusesScriptsEventHandlersAndJavascriptLinksWithTheirLines() {
    Map<String, Object> files = TestPackages.valid();
    files.put(
        "lessons/02-dua.md",
        "---\ntitle: Dua\n---\n\nParagraf.\n\n<script>alert(1)</script>\n\n"
            + "Klik <img src=x onerror=alert(1)> di sini.\n\n[menang](javascript:alert(1))\n\n"
            + "[data](data:text/html;base64,PHNjcmlwdD4=)\n\n![luar](https://example.org/a.png)\n");
    List<String> problems = problems(files);
    assertEquals(
        List.of(
            "lessons/02-dua.md:7 lesson.rawHtml",
            "lessons/02-dua.md:9 lesson.rawHtml",
            "lessons/02-dua.md:11 lesson.unsafeLink",
            "lessons/02-dua.md:13 lesson.unsafeLink",
            "lessons/02-dua.md:15 lesson.externalImage"),
        problems);
  }

  @Test
  void refusesLinksToMissingOrOutsideFiles() {
    Map<String, Object> files = TestPackages.valid();
    files.put(
        "lessons/03-tiga.md",
        "---\ntitle: Tiga\n---\n\n[hilang](../attachments/tidak-ada.pdf)\n\n[keluar](../../../rahasia.txt)\n\n[manifest](../manifest.json)\n");
    assertEquals(
        List.of(
            "lessons/03-tiga.md:5 lesson.missingTarget",
            "lessons/03-tiga.md:7 lesson.linkEscapes",
            "lessons/03-tiga.md:9 lesson.notAttachment"),
        problems(files));
  }

  @Test
  void refusesAFileWhoseBytesDoNotMatchItsExtension() {
    Map<String, Object> files = TestPackages.valid();
    files.put("attachments/gambar.png", "<svg onload=alert(1)>");
    files.put("attachments/halaman.html", "<html>");
    List<String> problems = problems(files);
    assertEquals(
        List.of(
            "attachments/gambar.png attachment.type", "attachments/halaman.html attachment.type"),
        problems);
  }

  @Test
  void requiresFrontMatterWithATitle() {
    Map<String, Object> files = TestPackages.valid();
    files.put("lessons/01-satu.md", "# Tanpa front matter\n");
    files.put("lessons/03-tiga.md", "---\nminutes: lama\nauthor: x\n---\nteks\n");
    List<String> problems = problems(files);
    assertTrue(problems.contains("lessons/01-satu.md:1 lesson.frontMatter"), problems::toString);
    assertTrue(problems.contains("lessons/03-tiga.md:2 lesson.minutes"));
    assertTrue(problems.contains("lessons/03-tiga.md:3 lesson.unknownKey"));
    assertTrue(problems.contains("lessons/03-tiga.md:1 lesson.title"));
  }

  @Test
  void aMissingManifestIsNamed() {
    Map<String, Object> files = TestPackages.valid();
    files.remove("manifest.json");
    assertEquals(List.of(" manifest.missing"), problems(files));
  }
}
