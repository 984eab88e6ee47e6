package org.latih.kernel.spreadsheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out worksheet names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at
 * either end, not empty, and unique ignoring case (Excel refuses to open a file otherwise). A long
 * name is cut after its last whole word that fits ("Kepuasan peserta per unit kerja", not "... unit
 * k"): a reader recognises a shortened title, not a cut word.
 */
public final class SheetNames {

  public static final int MAX = 31;
  private final Set<String> taken = new HashSet<>();

  /** A name made from {@code wanted}, or {@code fallback} when nothing of it is usable. */
  public String next(String wanted, String fallback) {
    String name = clean(wanted);
    if (name.isEmpty() || name.equalsIgnoreCase("History")) {
      name = clean(fallback);
    }
    String unique = name;
    for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      unique = cut(name, MAX - suffix.length()) + suffix;
    }
    taken.add(unique.toLowerCase(Locale.ROOT));
    return unique;
  }

  private static String clean(String wanted) {
    String name =
        (wanted == null ? "" : wanted)
            .replaceAll("[\\[\\]:*?/\\\\]", " ")
            .replaceAll("\\p{Cntrl}", " ")
            .replaceAll("\\s+", " ")
            .strip();
    name = cut(name, MAX);
    while (name.startsWith("'")) {
      name = name.substring(1);
    }
    while (name.endsWith("'")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.strip();
  }

  /**
   * At most {@code length} characters, ending at a word boundary when the text has one within
   * reach; a single word longer than that is cut, never splitting a surrogate pair.
   */
  static String cut(String s, int length) {
    if (s.length() <= length) {
      return s.strip();
    }
    if (s.charAt(length) == ' ') {
      return s.substring(0, length).strip();
    }
    int space = s.lastIndexOf(' ', length - 1);
    if (space > 0) {
      return s.substring(0, space).strip();
    }
    int end = Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
    return s.substring(0, end);
  }
}
