package org.latih.course.content.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a lesson's Markdown into HTML that is safe to put in a page: raw HTML is escaped, unsafe
 * URLs are dropped, package links point at the attachment endpoint or the lesson page, and external
 * links open in a new tab without access to ours. Import already refuses what this neutralises;
 * rendering does it again so stored content can never become script.
 */
public final class LessonRenderer {

  private LessonRenderer() {}

  public static String render(String courseCode, String lessonPath, String markdown) {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(
                context ->
                    (node, tag, attributes) -> rewrite(courseCode, lessonPath, node, attributes))
            .build();
    return renderer.render(LessonLinks.PARSER.parse(markdown));
  }

  private static void rewrite(
      String code,
      String lessonPath,
      org.commonmark.node.Node node,
      Map<String, String> attributes) {
    String attribute = node instanceof Link ? "href" : node instanceof Image ? "src" : null;
    if (attribute == null || !attributes.containsKey(attribute)) {
      return;
    }
    String destination =
        node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
    LessonLinks.Target target = LessonLinks.resolve(lessonPath, destination);
    switch (target.kind()) {
      case EXTERNAL -> {
        attributes.put("rel", "noopener noreferrer nofollow");
        attributes.put("target", "_blank");
      }
      case ANCHOR -> {}
      case UNSAFE, ESCAPES -> attributes.remove(attribute);
      case PACKAGE -> {
        String path = target.path();
        if (path.startsWith("attachments/")) {
          attributes.put(
              attribute,
              "api/v1/courses/" + encode(code) + "/attachments/" + encode(path.substring(12)));
        } else if (path.endsWith(".md")) {
          String name = path.substring(path.lastIndexOf('/') + 1);
          attributes.put(
              attribute,
              "#/courses/"
                  + encode(code)
                  + "/lessons/"
                  + encode(name.substring(0, name.length() - 3)));
        } else {
          attributes.remove(attribute);
        }
      }
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
