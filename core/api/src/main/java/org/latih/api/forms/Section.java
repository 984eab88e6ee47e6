package org.latih.api.forms;

import java.util.List;

/**
 * A titled group of items, shown together.
 *
 * @since 0.1
 */
public record Section(String title, List<Item> items) {

  public Section {
    Checks.text("Section title", title);
    items = Checks.list("Section '" + title + "' items", items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("Section '" + title + "' has no items");
    }
  }
}
