package org.latih.search.index.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latih.course.course.api.AttachedFile;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.LessonMaterial;

/**
 * Reads a course from the database as the index needs it: lesson Markdown as plain text, PDF and
 * text attachments as their text. Never the question files: answer keys must not be searchable.
 */
// A stateless EJB, not a CDI bean: its entity manager is then injected in every thread that may
// call it, including the start-up thread that imports the starter catalogue.
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CourseDocuments {

  /** Text taken from one attachment, so a huge PDF cannot swamp the index. */
  static final int MAX_ATTACHMENT_CHARS = 200_000;

  @PersistenceContext EntityManager em;

  public Optional<CourseDocument> load(String code) {
    return em.createNamedQuery(Course.BY_CODE, Course.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(CourseDocuments::of);
  }

  public String codeOf(Long courseId) {
    Course course = em.find(Course.class, courseId);
    return course == null ? null : course.code();
  }

  public List<String> codes() {
    return em.createQuery("SELECT c.code FROM Course c ORDER BY c.code", String.class)
        .getResultList();
  }

  static CourseDocument of(Course course) {
    List<CourseDocument.Part> parts = new ArrayList<>();
    for (LessonMaterial lesson : course.lessonMaterial()) {
      parts.add(
          new CourseDocument.Part(
              "lesson",
              lesson.key(),
              lesson.title(),
              lesson.moduleTitle(),
              MarkdownText.plain(lesson.markdown())));
    }
    for (AttachedFile file : course.attachments()) {
      String text = text(file);
      if (!text.isBlank()) {
        parts.add(new CourseDocument.Part("attachment", file.name(), file.name(), null, text));
      }
    }
    return new CourseDocument(
        course.code(),
        course.title(),
        course.description(),
        course.tags(),
        course.language(),
        course.competencyType().code(),
        course.jp(),
        course.region() == null ? null : course.region().code(),
        course.published(),
        parts);
  }

  private static String text(AttachedFile file) {
    if ("application/pdf".equals(file.contentType())) {
      return PdfText.extract(file.bytes(), MAX_ATTACHMENT_CHARS);
    }
    if (file.contentType().startsWith("text/")) {
      String text = new String(file.bytes(), StandardCharsets.UTF_8);
      return text.length() > MAX_ATTACHMENT_CHARS ? text.substring(0, MAX_ATTACHMENT_CHARS) : text;
    }
    return "";
  }
}
