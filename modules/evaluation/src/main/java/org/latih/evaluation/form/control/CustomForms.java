package org.latih.evaluation.form.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latih.api.forms.FormDefinition;
import org.latih.evaluation.form.entity.CustomForm;
import org.latih.evaluation.form.entity.FormAnsweredException;
import org.latih.evaluation.form.entity.FormExistsException;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Forms a region's admins build in the browser: created, revised (each save a new version),
 * archived and, while nobody has answered, deleted.
 */
@ApplicationScoped
@Transactional
public class CustomForms {

  @PersistenceContext EntityManager em;
  @Inject FormCatalogue catalogue;
  @Inject Clock clock;

  /** What the list of a region's own forms shows. */
  public record Summary(
      String id, int version, String title, String audience, boolean archived, long responses) {}

  public List<Summary> list(Caller caller) {
    Region region = region(caller);
    // every form's answers counted in one statement, not one per form
    Map<String, Long> answers = new HashMap<>();
    em.createQuery(
            "SELECT r.formId, COUNT(r) FROM FormResponse r WHERE r.region.id = :regionId"
                + " AND r.pluginId = :source GROUP BY r.formId",
            Object[].class)
        .setParameter("regionId", region.id())
        .setParameter("source", FormCatalogue.LOCAL)
        .getResultList()
        .forEach(row -> answers.put((String) row[0], ((Number) row[1]).longValue()));
    return catalogue.local(region).stream()
        .map(
            f -> {
              FormDefinition form = f.form();
              return new Summary(
                  f.key(),
                  f.version(),
                  form.title(),
                  form.audience().name(),
                  f.archived(),
                  answers.getOrDefault(f.key(), 0L));
            })
        .toList();
  }

  public FormDefinition get(Caller caller, String key) {
    return find(region(caller), key).form();
  }

  public FormDefinition create(Caller caller, JsonObject draft) {
    Region region = region(caller);
    FormDefinition form = FormCheck.definition(draft, 1);
    if (!em.createNamedQuery(CustomForm.BY_KEY, CustomForm.class)
        .setParameter("regionId", region.id())
        .setParameter("key", form.id())
        .getResultList()
        .isEmpty()) {
      throw new FormExistsException(form.id());
    }
    em.persist(new CustomForm(region, form, caller.userId(), clock.instant()));
    return form;
  }

  /** A new version of the form; answers already given keep the version they answered. */
  public FormDefinition revise(Caller caller, String key, JsonObject draft) {
    CustomForm stored = find(region(caller), key);
    em.lock(stored, LockModeType.PESSIMISTIC_WRITE);
    FormDefinition form = FormCheck.definition(draft, stored.nextVersion());
    if (!form.id().equals(key)) {
      throw new InvalidInputException("id", "evaluation.form.keyFixed", key);
    }
    stored.revise(form, caller.userId(), clock.instant());
    return form;
  }

  public void archive(Caller caller, String key, boolean archived) {
    find(region(caller), key).archive(archived, clock.instant());
  }

  /** Deletes a form nobody answered; one with answers is archived instead, to keep them. */
  public void delete(Caller caller, String key) {
    Region region = region(caller);
    CustomForm form = find(region, key);
    if (responses(region, key) > 0) {
      throw new FormAnsweredException(form.form().title());
    }
    em.createQuery(
            "DELETE FROM FormAssignment a WHERE a.region.id = :regionId AND a.source = :source"
                + " AND a.formId = :formId")
        .setParameter("regionId", region.id())
        .setParameter("source", FormCatalogue.LOCAL)
        .setParameter("formId", key)
        .executeUpdate();
    em.remove(form);
  }

  private CustomForm find(Region region, String key) {
    return em
        .createNamedQuery(CustomForm.BY_KEY, CustomForm.class)
        .setParameter("regionId", region.id())
        .setParameter("key", key)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("evaluation.formNotFound", FormCatalogue.LOCAL, key));
  }

  private long responses(Region region, String key) {
    return em.createQuery(
            "SELECT COUNT(r) FROM FormResponse r WHERE r.region.id = :regionId"
                + " AND r.pluginId = :source AND r.formId = :formId",
            Long.class)
        .setParameter("regionId", region.id())
        .setParameter("source", FormCatalogue.LOCAL)
        .setParameter("formId", key)
        .getSingleResult();
  }

  /** Building forms is the work of a region's admins (a system admin acts for their own region). */
  static Region region(Caller caller) {
    if (!caller.hasAny(Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN)) {
      throw new ForbiddenException("evaluation.form.adminsOnly");
    }
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    return caller.region();
  }
}
