package org.latih.plugin.support;

import java.util.List;
import org.latih.api.forms.Item;
import org.latih.api.forms.ItemKind;

/** Short constructors for form items, so a form reads like the questionnaire it is. */
public final class Items {

  /** The five-point agreement scale of the Likert items built here. */
  public static final List<String> AGREEMENT =
      List.of("Sangat tidak setuju", "Tidak setuju", "Ragu-ragu", "Setuju", "Sangat setuju");

  private Items() {}

  public static Item likert(String id, String aspect, String text) {
    return new Item(id, ItemKind.LIKERT, text, true, aspect, List.of(), 1, 5, AGREEMENT);
  }

  public static Item rating(String id, String aspect, String text, int min, int max) {
    return new Item(id, ItemKind.RATING, text, true, aspect, List.of(), min, max, List.of());
  }

  public static Item single(String id, String aspect, String text, String... options) {
    return new Item(
        id, ItemKind.SINGLE_CHOICE, text, true, aspect, List.of(options), 0, 0, List.of());
  }

  public static Item multiple(String id, String aspect, String text, String... options) {
    return new Item(
        id, ItemKind.MULTIPLE_CHOICE, text, false, aspect, List.of(options), 0, 0, List.of());
  }

  public static Item number(String id, String aspect, String text) {
    return new Item(id, ItemKind.NUMBER, text, false, aspect, List.of(), 0, 0, List.of());
  }

  public static Item text(String id, String aspect, String text, boolean required) {
    return new Item(id, ItemKind.TEXT, text, required, aspect, List.of(), 0, 0, List.of());
  }
}
