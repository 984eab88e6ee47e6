package org.latih.evaluation.form.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.latih.api.forms.FormDefinition;
import org.latih.evaluation.form.entity.CustomForm;
import org.latih.evaluation.form.entity.FormAssignment;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.plugin.control.Plugins;
import org.latih.kernel.plugin.control.Plugins.Contribution;
import org.latih.kernel.rest.NotFoundException;

/**
 * Every form a region offers: its plugins' and those its admins built here (source {@value
 * #LOCAL}), each with the courses and cohorts it is assigned to.
 */
@ApplicationScoped
@Transactional
public class FormCatalogue {

  /** The source of forms built in the browser; the plugin host refuses it as a plugin id. */
  public static final String LOCAL = "local";

  @PersistenceContext EntityManager em;
  @Inject Plugins plugins;

  /** A form, where it came from and where it applies. */
  public record Entry(String source, FormDefinition form, List<FormAssignment> assignments) {

    /** Whether it applies to this course and cohort: everywhere until it is assigned somewhere. */
    public boolean appliesTo(String courseCode, Long cohortId) {
      return assignments.isEmpty()
          || assignments.stream().anyMatch(a -> a.covers(courseCode, cohortId));
    }
  }

  /** The forms open for answers: plugin forms and the region's forms that are not archived. */
  public List<Entry> open(Region region) {
    List<FormAssignment> assignments = assignments(region);
    List<Entry> all = new ArrayList<>();
    for (Contribution<FormDefinition> c : plugins.formsFor(region)) {
      all.add(entry(c.pluginId(), c.value(), assignments));
    }
    for (CustomForm form : local(region)) {
      if (!form.archived()) {
        all.add(entry(LOCAL, form.form(), assignments));
      }
    }
    return all;
  }

  /** One open form, or 404. */
  public Entry open(Region region, String source, String formId) {
    return open(region).stream()
        .filter(e -> e.source().equals(source) && e.form().id().equals(formId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("evaluation.formNotFound", source, formId));
  }

  /**
   * A form whose answers staff may read: an open one, or one of the region's own even when archived
   * (its answers stay readable).
   */
  public FormDefinition readable(Region region, String source, String formId) {
    if (LOCAL.equals(source)) {
      return local(region).stream()
          .filter(f -> f.key().equals(formId))
          .map(CustomForm::form)
          .findFirst()
          .orElseThrow(() -> new NotFoundException("evaluation.formNotFound", source, formId));
    }
    return open(region, source, formId).form();
  }

  List<CustomForm> local(Region region) {
    return em.createNamedQuery(CustomForm.OF_REGION, CustomForm.class)
        .setParameter("regionId", region.id())
        .getResultList();
  }

  List<FormAssignment> assignments(Region region) {
    return em.createNamedQuery(FormAssignment.OF_REGION, FormAssignment.class)
        .setParameter("regionId", region.id())
        .getResultList();
  }

  private static Entry entry(String source, FormDefinition form, List<FormAssignment> all) {
    return new Entry(source, form, all.stream().filter(a -> a.of(source, form.id())).toList());
  }
}
