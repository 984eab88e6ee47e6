package org.latih.testing.seed;

/**
 * Quotes text for the JSON the seed writes (question content, answers, form definitions). The
 * module that owns each format reads it back with its own parser; the seed only writes the fields
 * those parsers document.
 */
final class Json {

  private Json() {}

  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
