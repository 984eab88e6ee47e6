package org.latih.assessment.question.control;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.latih.assessment.question.entity.TextFormat;

/**
 * Turns a question's text (or option, feedback, prompt) into HTML that is safe to put in a page.
 * Texts are stored as their author wrote them, so an export gives the same file back; this runs
 * every time one is shown, so a text stored before a rule was tightened is still shown safely.
 *
 * <ul>
 *   <li>plain: escaped, line breaks as {@code <br>};
 *   <li>Markdown: raw HTML in it escaped, unsafe link targets dropped;
 *   <li>HTML and Moodle auto-format: an allow-list of formatting, lists, tables, links and images;
 *       no scripts, styles, event handlers, frames or forms.
 * </ul>
 *
 * Markdown output goes through the same allow-list as HTML, so every non-plain text ends with the
 * same two rules: an image is shown only from the course's own attachments (an author cannot make
 * learners' browsers call another site), and a link opens in a new tab without access to ours.
 */
public final class QuestionText {

  /** Where relative URLs are resolved while checking them; never part of the output. */
  private static final String BASE = "https://latih.invalid/";

  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .addTags("hr", "s")
          .removeProtocols("img", "src", "http", "https")
          .addProtocols("img", "src", "https")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
          .addEnforcedAttribute("a", "target", "_blank")
          .preserveRelativeLinks(true);

  private static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private static final HtmlRenderer MARKDOWN_HTML =
      HtmlRenderer.builder()
          .extensions(List.of(TablesExtension.create()))
          .escapeHtml(true)
          .sanitizeUrls(true)
          .build();

  /**
   * Rendered texts by what they were rendered from. Measured (QuestionTextTest): a short HTML
   * question with a table costs about 0.1-0.3 ms to sanitise, so an attempt of 40 questions with
   * their options took tens of milliseconds per view; the same text always gives the same HTML, so
   * keying by the text itself needs no invalidation when a question gets a new version.
   */
  private static final Map<Key, String> CACHE = new ConcurrentHashMap<>();

  /** Bounds the cache's memory (a few MB); when full it starts again rather than tracking age. */
  private static final int CACHE_LIMIT = 10_000;

  private record Key(TextFormat format, String text, String courseCode) {}

  /** Markdown as its author meant it, raw HTML included; sanitised when shown, as all HTML is. */
  private static final HtmlRenderer MARKDOWN_AS_WRITTEN =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  private QuestionText() {}

  /** As {@link #html}, remembered for the next view of the same text. */
  public static String cached(TextFormat format, String text, String courseCode) {
    if (text == null || format == TextFormat.PLAIN) {
      return html(format, text, courseCode);
    }
    Key key = new Key(format, text, courseCode);
    String html = CACHE.get(key);
    if (html == null) {
      html = html(format, text, courseCode);
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(key, html);
    }
    return html;
  }

  /** The text as safe HTML; null stays null. */
  public static String html(TextFormat format, String text, String courseCode) {
    if (text == null) {
      return null;
    }
    return switch (format) {
      case PLAIN -> plain(text);
      case MARKDOWN -> clean(MARKDOWN_HTML.render(MARKDOWN.parse(text)), courseCode);
      case HTML -> clean(text, courseCode);
      case MOODLE -> clean(text.replace("\r\n", "\n").replace("\n", "<br>\n"), courseCode);
    };
  }

  /**
   * A text of another format written as HTML, for storing: a Moodle question whose answers are in
   * another format than its text gets one format. Not sanitised (stored texts never are; {@link
   * #html} is).
   */
  public static String toHtml(TextFormat from, String text) {
    if (text == null) {
      return null;
    }
    return switch (from) {
      case PLAIN -> plain(text);
      case MARKDOWN -> MARKDOWN_AS_WRITTEN.render(MARKDOWN.parse(text)).strip();
      case HTML -> text;
      case MOODLE -> text.replace("\r\n", "\n").replace("\n", "<br>\n");
    };
  }

  /**
   * The text a formatted text shows, without markup: for places that take only text (a matching
   * answer in a drop-down, a short answer to type).
   */
  public static String plainText(TextFormat format, String text) {
    if (text == null || format == TextFormat.PLAIN) {
      return text;
    }
    String html = format == TextFormat.MARKDOWN ? toHtml(format, text) : text;
    // parsed only, never put in a page as HTML: its text is all that is kept
    return Jsoup.parseBodyFragment(html).body().text();
  }

  /** Plain text as HTML: escaped, line breaks kept. */
  static String plain(String text) {
    return Entities.escape(text).replace("\r\n", "\n").replace("\n", "<br>");
  }

  /** The relative URL of a course attachment, as lessons link it. */
  public static String attachmentUrl(String courseCode, String name) {
    return attachmentPrefix(courseCode) + encode(name);
  }

  static String attachmentPrefix(String courseCode) {
    return "api/v1/courses/" + encode(courseCode) + "/attachments/";
  }

  private static String clean(String html, String courseCode) {
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    String own = attachmentPrefix(courseCode);
    for (Element img : clean.select("img")) {
      if (!ownAttachment(img.attr("src"), own)) {
        img.remove();
      }
    }
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /** Whether {@code src} names one attachment of this course, with no way out of its folder. */
  private static boolean ownAttachment(String src, String prefix) {
    if (!src.startsWith(prefix)) {
      return false;
    }
    String name = src.substring(prefix.length());
    if (name.isEmpty() || name.matches(".*[/\\\\?#].*")) {
      return false;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    // browsers read %2e%2e as "..", and %2f as a separator in some servers
    return !decoded.equals(".")
        && !decoded.equals("..")
        && !decoded.contains("/")
        && !decoded.contains("\\");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
