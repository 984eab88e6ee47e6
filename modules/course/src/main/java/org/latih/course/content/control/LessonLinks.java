package org.latih.course.content.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.latih.course.content.api.PackageProblem;

/**
 * Checks what a lesson links to. Raw HTML is refused (it is how scripts and event handlers get in);
 * links may go to https/http/mailto addresses, to another lesson or to an attachment of the same
 * package; images must be attachments. Anything else, such as {@code javascript:} or a path leaving
 * the package, is a problem named with its line.
 */
public final class LessonLinks {

  static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private LessonLinks() {}

  static List<PackageProblem> check(
      String path, String markdown, int lineOffset, Set<String> files, Set<String> lessons) {
    List<PackageProblem> problems = new ArrayList<>();
    Node document = PARSER.parse(markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock html) {
            problems.add(
                new PackageProblem(path, line(html), "lesson.rawHtml", snippet(html.getLiteral())));
          }

          @Override
          public void visit(HtmlInline html) {
            problems.add(
                new PackageProblem(path, line(html), "lesson.rawHtml", snippet(html.getLiteral())));
          }

          @Override
          public void visit(Link link) {
            check(link, link.getDestination(), false);
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            check(image, image.getDestination(), true);
            visitChildren(image);
          }

          private void check(Node node, String destination, boolean image) {
            Target target = resolve(path, destination);
            String problem =
                switch (target.kind()) {
                  case EXTERNAL -> image ? "lesson.externalImage" : null;
                  case ANCHOR -> null;
                  case UNSAFE -> "lesson.unsafeLink";
                  case ESCAPES -> "lesson.linkEscapes";
                  case PACKAGE ->
                      !files.contains(target.path())
                          ? "lesson.missingTarget"
                          : image && !Attachments.image(target.path())
                              ? "lesson.notImage"
                              : target.path().startsWith("attachments/")
                                      || (!image && lessons.contains(target.path()))
                                  ? null
                                  : "lesson.notAttachment";
                };
            if (problem != null) {
              problems.add(new PackageProblem(path, line(node), problem, destination));
            }
          }

          private int line(Node node) {
            return node.getSourceSpans().isEmpty()
                ? 0
                : node.getSourceSpans().get(0).getLineIndex() + 1 + lineOffset;
          }
        });
    return problems;
  }

  private static String snippet(String html) {
    String line = html.strip().lines().findFirst().orElse("");
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }

  /** Where a link points. */
  enum Kind {
    EXTERNAL,
    ANCHOR,
    UNSAFE,
    ESCAPES,
    PACKAGE
  }

  record Target(Kind kind, String path) {}

  /** Resolves a link written in the lesson at {@code lessonPath} against the package. */
  static Target resolve(String lessonPath, String destination) {
    String link = destination == null ? "" : destination.strip();
    if (link.isEmpty() || link.startsWith("#")) {
      return new Target(Kind.ANCHOR, null);
    }
    String lower = link.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
    int colon = lower.indexOf(':');
    int slash = lower.indexOf('/');
    if (colon > 0 && (slash < 0 || colon < slash)) {
      String scheme = lower.substring(0, colon);
      return scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto")
          ? new Target(Kind.EXTERNAL, null)
          : new Target(Kind.UNSAFE, null);
    }
    if (link.startsWith("/") || link.startsWith("\\") || link.startsWith("//")) {
      return new Target(Kind.ESCAPES, null);
    }
    String withoutFragment = link.replaceAll("[#?].*$", "");
    String base =
        lessonPath.contains("/") ? lessonPath.substring(0, lessonPath.lastIndexOf('/') + 1) : "";
    try {
      URI resolved =
          URI.create("pkg:/" + base)
              .resolve(new URI(null, null, withoutFragment, null))
              .normalize();
      String resolvedPath = resolved.getPath();
      if (resolvedPath == null || !resolvedPath.startsWith("/") || resolvedPath.startsWith("/..")) {
        return new Target(Kind.ESCAPES, null);
      }
      return new Target(Kind.PACKAGE, resolvedPath.substring(1));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return new Target(Kind.ESCAPES, null);
    }
  }
}
