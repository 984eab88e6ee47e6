package org.latih.search.index.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latih.course.course.entity.Attachment;
import org.latih.course.course.entity.Course;
import org.latih.course.course.entity.CourseModule;
import org.latih.course.course.entity.Lesson;

/**
 * Reads a course from the database as the index needs it: lesson Markdown as plain text, PDF and
 * text attachments as their text. Never the question files: answer keys must not be searchable.
 */
@ApplicationScoped
public class CourseDocuments {

  /** Text taken from one attachment, so a huge PDF cannot swamp the index. */
  static final int MAX_ATTACHMENT_CHARS = 200_000;

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<CourseDocument> load(String code) {
    return em.createNamedQuery(Course.BY_CODE, Course.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(CourseDocuments::of);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String codeOf(Long courseId) {
    Course course = em.find(Course.class, courseId);
    return course == null ? null : course.code();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> codes() {
    return em.createQuery("SELECT c.code FROM Course c ORDER BY c.code", String.class)
        .getResultList();
  }

  static CourseDocument of(Course course) {
    List<CourseDocument.Part> parts = new ArrayList<>();
    for (CourseModule module : course.modules()) {
      for (Lesson lesson : module.lessons()) {
        parts.add(
            new CourseDocument.Part(
                "lesson",
                lesson.key(),
                lesson.title(),
                module.title(),
                MarkdownText.plain(lesson.markdown())));
      }
    }
    for (Attachment file : course.attachments()) {
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

  private static String text(Attachment file) {
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
