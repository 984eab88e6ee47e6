package org.latih.course.content.control;

import java.util.List;
import java.util.Set;
import org.latih.course.content.api.PackageProblem;

/**
 * The header of a lesson file: {@code key: value} lines between two {@code ---} lines, holding the
 * title (required), the minutes it takes and an optional video link.
 */
record FrontMatter(String title, Integer minutes, String video, String body, int bodyOffset) {

  private static final Set<String> KEYS = Set.of("title", "minutes", "video");

  static FrontMatter parse(String path, String text, List<PackageProblem> problems) {
    String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = normal.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      problems.add(new PackageProblem(path, 1, "lesson.frontMatter"));
      return new FrontMatter(null, null, null, normal, 0);
    }
    String title = null;
    Integer minutes = null;
    String video = null;
    int end = -1;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("---")) {
        end = i;
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (!KEYS.contains(key)) {
        problems.add(
            new PackageProblem(path, i + 1, "lesson.unknownKey", key, String.join(", ", KEYS)));
      } else if (key.equals("title")) {
        title = unquote(value);
      } else if (key.equals("minutes")) {
        try {
          minutes = Integer.valueOf(value);
          if (minutes < 1 || minutes > 600) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          problems.add(new PackageProblem(path, i + 1, "lesson.minutes", value));
        }
      } else {
        video = unquote(value);
        if (!video.startsWith("https://")) {
          problems.add(new PackageProblem(path, i + 1, "lesson.video", video));
        }
      }
    }
    if (end < 0) {
      problems.add(new PackageProblem(path, 1, "lesson.frontMatterEnd"));
      return new FrontMatter(title, minutes, video, "", 0);
    }
    if (title == null || title.isBlank()) {
      problems.add(new PackageProblem(path, 1, "lesson.title"));
    }
    String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
    return new FrontMatter(title, minutes, video, body, end + 1);
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
