package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latih.assessment.question.entity.TextFormat;

class QuestionTextTest {

  private static String html(String text) {
    return QuestionText.html(TextFormat.HTML, text, "K-1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"api/v1/courses/K-1/attachments/a.png\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<style>body{background:red}</style>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<form action=\"https://evil.example/\"><input name=a></form>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
      })
  void nothingThatRunsOrLoadsFromElsewhereSurvives(String attack) {
    for (TextFormat f : TextFormat.values()) {
      String out = QuestionText.html(f, attack, "K-1");
      // read back as a browser would: what matters is the elements and attributes, not the text
      for (Element e : Jsoup.parseBodyFragment(out).body().getAllElements()) {
        assertTrue(ALLOWED.contains(e.tagName()), f + ": <" + e.tagName() + "> in " + out);
        for (Attribute a : e.attributes()) {
          String name = a.getKey().toLowerCase(Locale.ROOT);
          String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
          assertFalse(name.startsWith("on") || name.equals("style"), f + ": " + name + " " + out);
          if (name.equals("href") || name.equals("src")) {
            assertFalse(value.startsWith("javascript:"), f + ": " + out);
            assertFalse(value.startsWith("data:"), f + ": " + out);
          }
          if (name.equals("src")) {
            assertTrue(value.startsWith("api/v1/courses/k-1/attachments/"), f + ": " + out);
          }
        }
      }
      assertFalse(out.toLowerCase(Locale.ROOT).contains("<script"), f + ": " + out);
    }
  }

  private static final Set<String> ALLOWED =
      Set.of(
          "body",
          "p",
          "br",
          "a",
          "b",
          "strong",
          "i",
          "em",
          "u",
          "s",
          "sub",
          "sup",
          "ul",
          "ol",
          "li",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "img",
          "span",
          "div",
          "code",
          "pre",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr");

  @Test
  void formattingListsAndTablesStay() {
    String in =
        "<p>Isi <strong>tebal</strong>, <em>miring</em>, H<sub>2</sub>O, x<sup>2</sup></p>"
            + "<ul><li>satu</li></ul><ol><li>dua</li></ol>"
            + "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>";
    assertEquals(in, html(in));
  }

  @Test
  void imagesOnlyFromTheCoursesOwnAttachments() {
    String own = "<img src=\"api/v1/courses/K-1/attachments/q-ab12.png\" alt=\"peta\">";
    assertEquals(own, html(own));
    assertEquals("", html("<img src=\"https://tracker.example/pixel.png\">"));
    assertEquals("", html("<img src=\"api/v1/courses/OTHER/attachments/a.png\">"));
    assertEquals("", html("<img src=\"api/v1/courses/K-1/attachments/../../OTHER/x.png\">"));
    assertEquals("", html("<img src=\"api/v1/courses/K-1/attachments/%2e%2e\">"));
    assertEquals("", html("<img src=\"/api/v1/courses/K-1/attachments/a.png\">"));
    assertEquals("", html("<img src=\"//evil.example/api/v1/courses/K-1/attachments/a.png\">"));
  }

  @Test
  void linksOpenApartWithoutAccessToThePage() {
    String out = html("<a href=\"https://jdih.example/uu25\">UU 25</a>");
    assertTrue(out.contains("href=\"https://jdih.example/uu25\""), out);
    assertTrue(out.contains("rel=\"noopener noreferrer nofollow\""), out);
    assertTrue(out.contains("target=\"_blank\""), out);
  }

  @Test
  void plainTextIsEscapedWithItsLineBreaks() {
    assertEquals(
        "1 &lt; 2 &amp; <br>&lt;b&gt;x&lt;/b&gt;",
        QuestionText.html(TextFormat.PLAIN, "1 < 2 & \n<b>x</b>", "K"));
  }

  @Test
  void markdownIsRenderedWithItsRawHtmlEscaped() {
    String out =
        QuestionText.html(
            TextFormat.MARKDOWN,
            "Pilih **satu**.\n\n<b onclick=\"x()\">raw</b>\n\n[x](javascript:alert(1))",
            "K");
    assertTrue(out.contains("<strong>satu</strong>"), out);
    assertTrue(out.contains("&lt;b onclick=\"x()\"&gt;raw&lt;/b&gt;"), out);
    assertFalse(out.contains("<b "), out);
    assertFalse(out.contains("javascript"), out);
  }

  @Test
  void moodleAutoFormatKeepsLineBreaksAndHtml() {
    assertEquals(
        "Baris <b>satu</b><br>\nbaris dua",
        QuestionText.html(TextFormat.MOODLE, "Baris <b>satu</b>\nbaris dua", "K"));
  }

  /**
   * Rendering runs for every question of every attempt view. A rough cost, printed, not asserted:
   * it decides whether a cache by question version is worth its memory.
   */
  @Test
  void roughCostOfRenderingAnHtmlQuestion() {
    String text =
        "<p>Perhatikan tabel berikut.</p><table><tr><th>Tahun</th><th>Jumlah</th></tr>"
            + "<tr><td>2023</td><td>120</td></tr><tr><td>2024</td><td>140</td></tr></table>"
            + "<p><img src=\"api/v1/courses/K/attachments/q-1.png\"> Berapa <strong>kenaikan"
            + "</strong> jumlah pengaduan dari 2023 ke 2024?</p>";
    for (int i = 0; i < 2_000; i++) { // warm up
      QuestionText.html(TextFormat.HTML, text, "K");
    }
    int n = 20_000;
    long start = System.nanoTime();
    int length = 0;
    for (int i = 0; i < n; i++) {
      length += QuestionText.html(TextFormat.HTML, text, "K").length();
    }
    double micros = (System.nanoTime() - start) / 1000.0 / n;
    long cachedStart = System.nanoTime();
    for (int i = 0; i < n; i++) {
      length += QuestionText.cached(TextFormat.HTML, text, "K").length();
    }
    double cached = (System.nanoTime() - cachedStart) / 1000.0 / n;
    System.out.printf(
        "QuestionText: %.1f µs per HTML text rendered, %.2f µs from the cache%n", micros, cached);
    assertEquals(
        QuestionText.html(TextFormat.HTML, text, "K"),
        QuestionText.cached(TextFormat.HTML, text, "K"));
  }
}
