package org.latih.search.index.control;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lesson Markdown reduced to the words a learner reads. Markup would otherwise be indexed as words
 * (and shown in snippets): link targets, table pipes, emphasis markers. Regular expressions rather
 * than a Markdown parser, because search needs only the words and never fails on odd input; a
 * construct it does not know simply stays as text.
 */
public final class MarkdownText {

  private record Rule(Pattern pattern, String replacement) {}

  // Line rules use [ \t] rather than \s so they never reach into the next line, and drop the
  // line's newline with it.
  private static final List<Rule> RULES =
      List.of(
          rule("(?m)^[ \\t]*(```|~~~).*\\n?", ""), // code fences (the code itself stays)
          rule("(?m)^[ \\t]{0,3}\\[[^\\]\\n]+]:[ \\t]*\\S+.*\\n?", ""), // reference definitions
          rule("(?s)<!--.*?-->", " "),
          rule("!\\[([^\\]]*)]\\([^)]*\\)", "$1"), // images: keep alt text
          rule("\\[([^\\]]*)]\\([^)]*\\)", "$1"), // inline links: keep link text
          rule("\\[([^\\]]+)]\\[[^\\]]*]", "$1"), // reference links
          rule("</?[A-Za-z][^>]*>", " "), // HTML tags and autolinks
          rule(
              "(?m)^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*\\n?",
              ""),
          rule("(?m)^[ \\t]*([-*_][ \\t]*){3,}\\n?", ""), // horizontal rules
          rule("(?m)^[ \\t]*(=+|-+)[ \\t]*\\n?", ""), // setext heading underlines
          rule("(?m)^[ \\t]{0,3}#{1,6}[ \\t]*", ""), // ATX heading markers
          rule("(?m)[ \\t]+#+[ \\t]*$", ""), // closing heading markers
          rule("(?m)^[ \\t]*(>[ \\t]?)+", ""), // block quotes
          rule("(?m)^[ \\t]*([-*+]|\\d{1,9}[.)])[ \\t]+(\\[[ xX]][ \\t]+)?", ""), // bullets, tasks
          rule("\\|", " "), // table cell separators
          rule("(\\*{1,3})(?=\\S)([^\\n]+?)(?<=\\S)\\1", "$2"), // *emphasis*
          rule("(?<![\\p{L}\\p{N}])(_{1,3})(?=\\S)([^\\n]+?)(?<=\\S)\\1(?![\\p{L}\\p{N}])", "$2"),
          rule("~~(?=\\S)([^\\n]+?)(?<=\\S)~~", "$1"), // strikethrough
          rule("`+", ""), // inline code markers
          rule("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])", "$1"), // backslash escapes
          rule("[ \\t\\x0B\\f]+", " "),
          rule("(?m)^ | $", ""),
          rule("\\n{3,}", "\n\n"));

  private static final Map<String, String> ENTITIES =
      Map.of("&nbsp;", " ", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&#39;", "'", "&amp;", "&");

  private MarkdownText() {}

  /** The plain text of {@code markdown}: words and line structure kept, markup dropped. */
  public static String plain(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return "";
    }
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    for (Rule rule : RULES) {
      text = rule.pattern().matcher(text).replaceAll(rule.replacement());
    }
    for (var entity : ENTITIES.entrySet()) {
      if (!entity.getKey().equals("&amp;")) {
        text = text.replace(entity.getKey(), entity.getValue());
      }
    }
    return text.replace("&amp;", "&").strip();
  }

  private static Rule rule(String regex, String replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }
}
