package org.latih.evaluation.form.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.Section;
import org.latih.evaluation.form.control.FormCatalogue;
import org.latih.evaluation.form.entity.CustomForm;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.plugin.control.Plugins;

/**
 * The scale items of the forms participants answer about a course, by form, as answers are stored
 * ({@code FormResponse} keeps the plugin id, or {@value FormCatalogue#LOCAL}, and the form id). An
 * item's aspect is its own ({@code materi}, {@code fasilitator}) or else its section's title, so
 * that every scale item is counted somewhere. Archived forms of a region count: their answers stay.
 */
@ApplicationScoped
@Transactional
public class ReactionItems {

  @PersistenceContext EntityManager em;
  @Inject Plugins plugins;

  /** One scale item: its aspect and its scale, answers outside which are not counted. */
  public record ScaleItem(String aspect, int scaleMin, int scaleMax) {

    /** The answer as a point of the scale, or null when it is none (blank, text, off the scale). */
    public Double point(String answer) {
      if (answer == null || answer.isBlank()) {
        return null;
      }
      try {
        double value = Double.parseDouble(answer.strip());
        return value >= scaleMin && value <= scaleMax ? value : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** The key of a form in {@link #of}: its source and id, as a response records them. */
  public static String key(String source, String formId) {
    return source + "/" + formId;
  }

  /**
   * Every participant form's scale items in these regions, keyed by {@link #key} then item id: one
   * statement for the regions' own forms, and the plugins' definitions each region's plugins keep.
   */
  public Map<String, Map<String, ScaleItem>> of(Collection<Region> regions) {
    Map<String, Map<String, ScaleItem>> forms = new HashMap<>();
    if (regions.isEmpty()) {
      return forms;
    }
    for (Region region : regions) {
      plugins.formsFor(region).forEach(c -> add(forms, c.pluginId(), c.value()));
    }
    List<CustomForm> local =
        em.createQuery("SELECT f FROM CustomForm f WHERE f.region.id IN :regions", CustomForm.class)
            .setParameter("regions", regions.stream().map(Region::id).toList())
            .getResultList();
    local.forEach(f -> add(forms, FormCatalogue.LOCAL, f.form()));
    return forms;
  }

  private static void add(
      Map<String, Map<String, ScaleItem>> forms, String source, FormDefinition f) {
    if (f.audience() != Audience.PARTICIPANT) {
      return;
    }
    Map<String, ScaleItem> items = forms.computeIfAbsent(key(source, f.id()), k -> new HashMap<>());
    for (Section section : f.sections()) {
      for (Item item : section.items()) {
        if (item.kind() == ItemKind.LIKERT || item.kind() == ItemKind.RATING) {
          String aspect =
              item.aspect() == null || item.aspect().isBlank() ? section.title() : item.aspect();
          items.put(item.id(), new ScaleItem(aspect.strip(), item.scaleMin(), item.scaleMax()));
        }
      }
    }
  }
}
