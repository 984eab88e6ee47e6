package org.latih.evaluation.report.export;

/** Text for an XML part: markup escaped, and the control characters XML 1.0 forbids dropped. */
final class Xml {

  private Xml() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (c == '\t'
                      || c == '\n'
                      || c == '\r'
                      || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
