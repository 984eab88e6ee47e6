package org.latih.course.course.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latih.course.course.api.CompetencyType;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.course.api.CourseChanged;
import org.latih.course.course.entity.Attachment;
import org.latih.course.course.entity.CourseDescription;
import org.latih.course.course.entity.CourseHasLearnersException;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/** Finding courses as a caller may see them, and changing what a course's staff may change. */
@ApplicationScoped
@Transactional
public class Courses {

  @PersistenceContext EntityManager em;
  @Inject Regions regions;
  @Inject Clock clock;
  @Inject Event<CourseChanged> changed;

  public Optional<Course> byCode(String code) {
    return em.createNamedQuery(Course.BY_CODE, Course.class)
        .setParameter("code", code)
        .setHint("eclipselink.left-join-fetch", "c.region")
        .getResultStream()
        .findFirst();
  }

  /** The course, if the caller may see it; an invisible course is reported as not found. */
  public Course visible(Caller caller, String code) {
    return byCode(code)
        .filter(c -> CourseAccess.visible(caller, c))
        .orElseThrow(() -> new NotFoundException("course.notFound", code));
  }

  public Course editable(Caller caller, String code) {
    Course course = visible(caller, code);
    CourseAccess.ensureEditable(caller, course);
    return course;
  }

  public Page<Course> catalogue(Caller caller, CatalogueQuery query, PageRequest page) {
    // no "1 = 1" seed: EclipseLink stops binding parameters on H2 for it and then inlines booleans
    // as 1
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (!caller.systemAdmin()) {
      // as CourseAccess.visible: published shared or own courses, and the own region's drafts for
      // its staff; a parameter, not the TRUE literal, which EclipseLink sends to H2 as the integer
      // 1
      parameters.put("visible", true);
      if (caller.region() == null) {
        where.add("(c.region IS NULL AND c.published = :visible)");
      } else {
        parameters.put("own", caller.region());
        where.add(
            CourseAccess.staff(caller)
                ? "(c.region = :own OR (c.region IS NULL AND c.published = :visible))"
                : "((c.region IS NULL OR c.region = :own) AND c.published = :visible)");
      }
    }
    if (query.published() != null) {
      where.add("c.published = :published");
      parameters.put("published", query.published());
    }
    if (query.competency() != null && !query.competency().isBlank()) {
      CompetencyType type = CompetencyType.of(query.competency());
      if (type == null) {
        throw new InvalidInputException(
            "competency", "manifest.competencyType", query.competency());
      }
      where.add("c.competencyType = :type");
      parameters.put("type", type);
    }
    if (query.jpMin() != null) {
      where.add("c.jp >= :jpMin");
      parameters.put("jpMin", query.jpMin());
    }
    if (query.jpMax() != null) {
      where.add("c.jp <= :jpMax");
      parameters.put("jpMax", query.jpMax());
    }
    if ("shared".equals(query.region())) {
      where.add("c.region IS NULL");
    } else if (query.region() != null && !query.region().isBlank()) {
      Region region = regions.byCode("region", query.region());
      where.add("c.region = :region");
      parameters.put("region", region);
    }
    String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    TypedQuery<Course> items =
        em.createQuery("SELECT c FROM Course c" + clause + " ORDER BY c.title, c.id", Course.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Course c" + clause, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<Course> found =
        items
            // batched, not joined: with a fetch join of the region, the "c.region IS NULL"
            // filter found no shared course any more (CoursesIT)
            .setHint("eclipselink.batch", "c.region")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(found, page, count.getSingleResult());
  }

  /** How many lessons each course has, counted in one statement; a course without any is absent. */
  public Map<Long, Integer> lessonCounts(List<Course> courses) {
    Map<Long, Integer> counts = new HashMap<>();
    if (!courses.isEmpty()) {
      em.createQuery(
              "SELECT m.course.id, COUNT(l) FROM Lesson l JOIN l.module m"
                  + " WHERE m.course.id IN :ids GROUP BY m.course.id",
              Object[].class)
          .setParameter("ids", courses.stream().map(Course::id).toList())
          .getResultList()
          .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
    }
    return counts;
  }

  /** A module of a course's outline with its lessons, in reading order. */
  public record OutlineModule(String title, List<OutlineLesson> lessons) {}

  /** A lesson as the outline lists it, without its text. */
  public record OutlineLesson(String key, String title, Integer minutes) {}

  /** The course's modules and lessons in one statement, without loading the lessons' text. */
  public List<OutlineModule> outline(Course course) {
    Map<Long, OutlineModule> modules = new LinkedHashMap<>();
    em.createQuery(
            "SELECT m.id, m.title, l.key, l.title, l.minutes FROM CourseModule m"
                + " LEFT JOIN m.lessons l WHERE m.course.id = :courseId"
                + " ORDER BY m.position, l.position",
            Object[].class)
        .setParameter("courseId", course.id())
        .getResultList()
        .forEach(
            row -> {
              OutlineModule module =
                  modules.computeIfAbsent(
                      (Long) row[0], id -> new OutlineModule((String) row[1], new ArrayList<>()));
              if (row[2] != null) {
                module
                    .lessons()
                    .add(new OutlineLesson((String) row[2], (String) row[3], (Integer) row[4]));
              }
            });
    return List.copyOf(modules.values());
  }

  /** Applies the course form: only the fields given change; the whole result is validated. */
  public Course change(
      Caller caller,
      String code,
      String title,
      String description,
      Integer jp,
      String competency,
      Boolean published) {
    Course course = editable(caller, code);
    CompetencyType type = course.competencyType();
    if (competency != null) {
      type = CompetencyType.of(competency);
      if (type == null) {
        throw new InvalidInputException("competencyType", "manifest.competencyType", competency);
      }
    }
    Instant now = clock.instant();
    course.describe(
        new CourseDescription(
            course.packageVersion(),
            title == null ? course.title() : title,
            description == null ? course.description() : description,
            jp == null ? course.jp() : jp,
            type,
            course.language(),
            course.tags()),
        now);
    if (published != null) {
      course.publish(published, now);
    }
    changed.fire(new CourseChanged(code, false));
    return course;
  }

  public void delete(Caller caller, String code) {
    Course course = editable(caller, code);
    long enrolled =
        em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.course = :course", Long.class)
            .setParameter("course", course)
            .getSingleResult();
    if (enrolled > 0) {
      throw new CourseHasLearnersException(enrolled);
    }
    em.createQuery("DELETE FROM Cohort c WHERE c.course = :course")
        .setParameter("course", course)
        .executeUpdate();
    em.remove(course);
    changed.fire(new CourseChanged(code, true));
  }

  public Attachment attachment(Caller caller, String code, String name) {
    visible(caller, code);
    return em.createNamedQuery(Attachment.BY_NAME, Attachment.class)
        .setParameter("code", code)
        .setParameter("name", name)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("attachment.notFound", name));
  }
}
