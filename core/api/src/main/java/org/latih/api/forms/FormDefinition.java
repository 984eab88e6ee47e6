package org.latih.api.forms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A questionnaire: who answers it, when, and its sections of items. Item ids are unique across the
 * whole form; {@code version} starts at 1 and grows whenever the questions change.
 *
 * @since 0.1
 */
public record FormDefinition(
    String id,
    int version,
    String title,
    String description,
    Audience audience,
    Timing timing,
    boolean anonymous,
    List<Section> sections) {

  public FormDefinition {
    Checks.kebab("Form", id);
    if (version < 1) {
      throw new IllegalArgumentException("Form '" + id + "' version must be 1 or more");
    }
    Checks.text("Form '" + id + "' title", title);
    if (audience == null || timing == null) {
      throw new IllegalArgumentException("Form '" + id + "' needs an audience and a timing");
    }
    sections = Checks.list("Form '" + id + "' sections", sections);
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("Form '" + id + "' has no sections");
    }
    Set<String> seen = new HashSet<>();
    for (Section section : sections) {
      for (Item item : section.items()) {
        if (!seen.add(item.id())) {
          throw new IllegalArgumentException(
              "Form '" + id + "' uses item id '" + item.id() + "' twice");
        }
      }
    }
  }
}
