package org.latih.api.forms;

import java.util.List;

/**
 * One question of a form.
 *
 * <p>Choice items need at least two distinct options; LIKERT and RATING items need {@code scaleMin
 * < scaleMax} (within 0..100) and either no scale labels or one per point; the other kinds use
 * neither options nor a scale (pass an empty list and 0, 0). {@code aspect} groups items for
 * reports (such as "materi", "fasilitator", "sarana"), may be null.
 *
 * @since 0.1
 */
public record Item(
    String id,
    ItemKind kind,
    String text,
    boolean required,
    String aspect,
    List<String> options,
    int scaleMin,
    int scaleMax,
    List<String> scaleLabels) {

  public Item {
    Checks.kebab("Item", id);
    if (kind == null) {
      throw new IllegalArgumentException("Item '" + id + "' needs a kind");
    }
    Checks.text("Item '" + id + "' text", text);
    options = Checks.list("Item '" + id + "' options", options);
    scaleLabels = Checks.list("Item '" + id + "' scale labels", scaleLabels);
    boolean choice = kind == ItemKind.SINGLE_CHOICE || kind == ItemKind.MULTIPLE_CHOICE;
    boolean scale = kind == ItemKind.LIKERT || kind == ItemKind.RATING;
    if (choice && (options.size() < 2 || options.stream().distinct().count() != options.size())) {
      throw new IllegalArgumentException(
          "Item '" + id + "' (" + kind + ") needs at least two distinct options, has " + options);
    }
    if (!choice && !options.isEmpty()) {
      throw new IllegalArgumentException(
          "Item '" + id + "' (" + kind + ") takes no options; only choice items do");
    }
    if (scale) {
      if (scaleMin < 0 || scaleMax > 100 || scaleMin >= scaleMax) {
        throw new IllegalArgumentException(
            "Item '"
                + id
                + "' needs 0 <= scaleMin < scaleMax <= 100, not "
                + scaleMin
                + ".."
                + scaleMax);
      }
      if (!scaleLabels.isEmpty() && scaleLabels.size() != scaleMax - scaleMin + 1) {
        throw new IllegalArgumentException(
            "Item '"
                + id
                + "' has "
                + scaleLabels.size()
                + " scale labels for "
                + (scaleMax - scaleMin + 1)
                + " points; give one per point or none");
      }
    } else if (scaleMin != 0 || scaleMax != 0 || !scaleLabels.isEmpty()) {
      throw new IllegalArgumentException(
          "Item '" + id + "' (" + kind + ") takes no scale; use 0, 0 and no labels");
    }
  }

  /** A Likert item from 1 to {@code points} with a label per point. */
  public static Item likert(String id, String text, String aspect, List<String> labels) {
    return new Item(id, ItemKind.LIKERT, text, true, aspect, List.of(), 1, labels.size(), labels);
  }

  /** An optional free-text item. */
  public static Item text(String id, String text) {
    return new Item(id, ItemKind.TEXT, text, false, null, List.of(), 0, 0, List.of());
  }
}
