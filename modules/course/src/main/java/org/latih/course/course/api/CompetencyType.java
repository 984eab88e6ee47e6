package org.latih.course.course.api;

import java.util.Locale;

/** The ASN competency a course develops, as the national competency standard groups them. */
public enum CompetencyType {
  MANAJERIAL("manajerial"),
  SOSIAL_KULTURAL("sosial-kultural"),
  TEKNIS("teknis");

  private final String code;

  CompetencyType(String code) {
    this.code = code;
  }

  /** The form used in manifests and URLs: manajerial, sosial-kultural, teknis. */
  public String code() {
    return code;
  }

  /** The type for a code or constant name, or null when there is none. */
  public static CompetencyType of(String text) {
    if (text == null) {
      return null;
    }
    String normal = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (CompetencyType type : values()) {
      if (type.code.equals(normal)) {
        return type;
      }
    }
    return null;
  }
}
