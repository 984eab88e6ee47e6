package org.latih.course.content.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LessonRendererTest {

  private static String render(String markdown) {
    return LessonRenderer.render("uji-kursus", "lessons/01-satu.md", markdown);
  }

  @Test
  void pointsPackageLinksAtTheAttachmentEndpointAndTheLessonPage() {
    String html =
        render(
            "[PDF](<../attachments/lembar kerja.pdf>) [lanjut](02-dua.md) ![g](../attachments/a.png)");
    assertTrue(
        html.contains("href=\"api/v1/courses/uji-kursus/attachments/lembar%20kerja.pdf\""), html);
    assertTrue(html.contains("href=\"#/courses/uji-kursus/lessons/02-dua\""), html);
    assertTrue(html.contains("src=\"api/v1/courses/uji-kursus/attachments/a.png\""), html);
  }

  @Test
  void neutralisesWhatImportWouldHaveRefused() {
    String html =
        render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](../../luar.txt)");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("luar.txt\""), html);
    assertTrue(html.contains("&lt;script&gt;"), "shown as text");
  }

  @Test
  void externalLinksOpenApartFromThePlatform() {
    String html = render("[Situs](https://example.org)");
    assertTrue(html.contains("rel=\"noopener noreferrer nofollow\""), html);
    assertTrue(html.contains("target=\"_blank\""), html);
  }

  @Test
  void rendersTables() {
    assertTrue(render("| A | B |\n|---|---|\n| 1 | 2 |\n").contains("<table>"));
  }
}
