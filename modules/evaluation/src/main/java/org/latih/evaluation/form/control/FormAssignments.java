package org.latih.evaluation.form.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.cohort.api.CohortLookup;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseCatalog;
import org.latih.evaluation.form.entity.FormAlreadyAssignedException;
import org.latih.evaluation.form.entity.FormAssignment;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/** Giving a form (a plugin's or the region's own) to a course or one cohort of it. */
@ApplicationScoped
@Transactional
public class FormAssignments {

  @PersistenceContext EntityManager em;
  @Inject FormCatalogue catalogue;
  @Inject CourseCatalog courses;
  @Inject CohortLookup cohorts;

  public record View(
      Long id, String course, String courseTitle, Long cohortId, String cohortName) {}

  public List<View> of(Caller caller, String source, String formId) {
    Region region = CustomForms.region(caller);
    return catalogue.open(region, source, formId).assignments().stream().map(this::view).toList();
  }

  public View add(Caller caller, String source, String formId, String courseCode, Long cohortId) {
    Region region = CustomForms.region(caller);
    catalogue.open(region, source, formId);
    if (courseCode == null || courseCode.isBlank()) {
      throw new InvalidInputException("course", "field.required", "course");
    }
    Course course = courses.visible(caller, courseCode.strip());
    if (cohortId != null) {
      Cohort cohort = cohorts.find(cohortId);
      if (!cohort.course().id().equals(course.id()) || !cohort.region().id().equals(region.id())) {
        throw new InvalidInputException("cohort", "evaluation.assign.cohort", cohortId);
      }
    }
    boolean exists =
        catalogue.assignments(region).stream()
            .anyMatch(a -> a.of(source, formId) && a.same(course.code(), cohortId));
    if (exists) {
      throw new FormAlreadyAssignedException(course.title());
    }
    FormAssignment assignment = new FormAssignment(region, source, formId, course.code(), cohortId);
    em.persist(assignment);
    return view(assignment);
  }

  public void remove(Caller caller, String source, String formId, long id) {
    Region region = CustomForms.region(caller);
    FormAssignment assignment = em.find(FormAssignment.class, id);
    if (assignment == null
        || !assignment.of(source, formId)
        || catalogue.assignments(region).stream().noneMatch(a -> a.id().equals(id))) {
      throw new NotFoundException("evaluation.assign.notFound", id);
    }
    em.remove(assignment);
  }

  private View view(FormAssignment a) {
    String title = courses.byCode(a.courseCode()).map(Course::title).orElse(a.courseCode());
    String cohortName = null;
    if (a.cohortId() != null) {
      Cohort cohort = em.find(Cohort.class, a.cohortId());
      cohortName = cohort == null ? null : cohort.name();
    }
    return new View(a.id(), a.courseCode(), title, a.cohortId(), cohortName);
  }
}
