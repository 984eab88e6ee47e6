package org.latih.api.forms;

/**
 * What kind of answer an item asks for.
 *
 * @since 0.1
 */
public enum ItemKind {
  /** Agreement on a scale ({@code scaleMin}..{@code scaleMax}, labels optional per point). */
  LIKERT,
  /** Exactly one of the item's options. */
  SINGLE_CHOICE,
  /** Any number of the item's options. */
  MULTIPLE_CHOICE,
  /** A score on a scale, such as 1 to 10. */
  RATING,
  /** A whole number. */
  NUMBER,
  /** Free text. */
  TEXT
}
