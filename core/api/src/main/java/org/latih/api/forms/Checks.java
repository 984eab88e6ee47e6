package org.latih.api.forms;

import java.util.List;
import java.util.regex.Pattern;

/** The checks the form records share, with messages that name what to fix. */
final class Checks {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private Checks() {}

  static String kebab(String what, String id) {
    if (id == null || id.length() > 64 || !KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what
              + " id must be kebab-case (lower-case letters, digits and single hyphens, at most 64"
              + " characters, for example 'kepuasan-peserta'), not '"
              + id
              + "'");
    }
    return id;
  }

  static String text(String what, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return text;
  }

  static <T> List<T> list(String what, List<T> items) {
    if (items == null) {
      return List.of();
    }
    for (T item : items) { // not contains(null): List.of(...) throws on that
      if (item == null) {
        throw new IllegalArgumentException(what + " must not contain null");
      }
    }
    return List.copyOf(items);
  }
}
