package org.latih.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.Section;

/** The rules every form of a plugin must keep, checked the same way in each plugin's tests. */
public final class FormRules {

  private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

  private FormRules() {}

  public static void check(List<FormDefinition> forms) {
    assertFalse(forms.isEmpty(), "a plugin offers at least one form");
    Set<String> formIds = new HashSet<>();
    for (FormDefinition form : forms) {
      assertTrue(form.id().matches(KEBAB), "form id kebab-case: " + form.id());
      assertTrue(formIds.add(form.id()), "form id unique: " + form.id());
      assertTrue(form.version() >= 1, form.id());
      assertFalse(form.title().isBlank(), form.id());
      assertFalse(form.description().isBlank(), form.id());
      assertNotNull(form.audience(), form.id());
      assertNotNull(form.timing(), form.id());
      assertNotNull(form.timing().kind(), form.id());
      assertTrue(form.timing().daysAfter() >= 0, form.id());
      assertFalse(form.sections().isEmpty(), form.id());
      Set<String> itemIds = new HashSet<>();
      for (Section section : form.sections()) {
        assertFalse(section.title().isBlank(), form.id());
        assertFalse(section.items().isEmpty(), form.id() + " / " + section.title());
        for (Item item : section.items()) {
          String where = form.id() + " / " + item.id();
          assertTrue(item.id().matches(KEBAB), "item id kebab-case: " + where);
          assertTrue(itemIds.add(item.id()), "item id unique in its form: " + where);
          assertNotNull(item.kind(), where);
          assertFalse(item.text().isBlank(), where);
          assertNotNull(item.options(), where);
          assertNotNull(item.scaleLabels(), where);
          if (item.kind() == ItemKind.SINGLE_CHOICE || item.kind() == ItemKind.MULTIPLE_CHOICE) {
            assertTrue(item.options().size() >= 2, "choice item has options: " + where);
            assertEquals(item.options().size(), Set.copyOf(item.options()).size(), where);
          }
          if (item.kind() == ItemKind.LIKERT || item.kind() == ItemKind.RATING) {
            assertTrue(item.scaleMin() < item.scaleMax(), "scale: " + where);
          }
          if (item.kind() == ItemKind.LIKERT) {
            assertEquals(
                item.scaleMax() - item.scaleMin() + 1,
                item.scaleLabels().size(),
                "Likert scale has one label per point: " + where);
          }
        }
      }
    }
  }
}
