package org.latih.assessment.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.question.entity.QuestionAskedException;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionJson;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseCatalog;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * A course's question bank, kept by those who may edit the course. Imports are all or nothing: a
 * file with one bad question stores none of them, and the report lists every problem.
 */
@ApplicationScoped
@Transactional
public class QuestionBank {

  @PersistenceContext EntityManager em;
  @Inject CourseCatalog courses;
  @Inject Clock clock;

  public record ImportSummary(int created, int revised, int unchanged) {}

  /**
   * The bank for its editors, optionally narrowed to a category and to questions whose name, text,
   * options or feedback contain {@code text}. This is the instructors' own search: question banks
   * are never in the course search index, where learners could find answer keys.
   */
  public Page<Question> list(
      Caller caller, String code, String category, String text, PageRequest page) {
    Course course = courses.editable(caller, code);
    var query =
        category == null || category.isBlank()
            ? em.createNamedQuery(Question.OF_COURSE, Question.class)
            : em.createNamedQuery(Question.IN_CATEGORY, Question.class)
                .setParameter("category", category);
    List<Question> found = query.setParameter("courseId", course.id()).getResultList();
    if (text != null && !text.isBlank()) {
      String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
      found =
          found.stream()
              .filter(
                  q ->
                      QuestionJson.write(q.current().content())
                          .toLowerCase(java.util.Locale.ROOT)
                          .contains(wanted))
              .toList();
    }
    return Page.slice(found, page);
  }

  public Question create(
      Caller caller, String code, String category, List<String> tags, QuestionContent content) {
    Course course = courses.editable(caller, code);
    Question question = new Question(course, category, content, tags, clock.instant());
    em.persist(question);
    return question;
  }

  /** A change to a question adds a version; attempts already made keep the one they asked. */
  public Question revise(
      Caller caller, long id, String category, List<String> tags, QuestionContent content) {
    Question question = editable(caller, id);
    Instant now = clock.instant();
    question.file(category == null ? question.category() : category, tags, now);
    question.revise(content, now);
    return question;
  }

  public void delete(Caller caller, long id) {
    Question question = editable(caller, id);
    long asked =
        em.createQuery(
                "SELECT COUNT(s) FROM AttemptSlot s WHERE s.questionVersion.question.id = :id",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (asked > 0) {
      throw new QuestionAskedException(asked);
    }
    em.remove(question);
  }

  public Question editable(Caller caller, long id) {
    Question question = em.find(Question.class, id);
    if (question == null) {
      throw new NotFoundException("question.notFound", id);
    }
    courses.editable(caller, question.course().code());
    return question;
  }

  /** Imports a GIFT or Moodle XML text into the course's bank. */
  public ImportSummary importText(Caller caller, String code, String format, String text) {
    Course course = courses.editable(caller, code);
    ImportResult result = parse(format, text);
    if (!result.problems().isEmpty()) {
      throw new InvalidQuestionsException(result.problems());
    }
    return store(course, result.questions(), null);
  }

  /**
   * Stores parsed questions: one already in the bank under the same category and name gets a new
   * version if its content changed, so importing a file twice adds nothing.
   *
   * @param defaultCategory used for questions the file put in no category
   */
  public ImportSummary store(Course course, List<ImportedQuestion> parsed, String defaultCategory) {
    Instant now = clock.instant();
    int created = 0;
    int revised = 0;
    int unchanged = 0;
    List<Question> existing =
        em.createNamedQuery(Question.OF_COURSE, Question.class)
            .setParameter("courseId", course.id())
            .getResultList();
    // by category and name, so a large import is not a scan of the bank per question
    Map<String, Question> seen = new HashMap<>();
    existing.forEach(e -> seen.putIfAbsent(key(e.category(), e.name()), e));
    long adding =
        parsed.stream()
            .map(q -> key(category(q, course, defaultCategory), q.content().name()))
            .distinct()
            .filter(k -> !seen.containsKey(k))
            .count();
    int limit = ImportLimits.DEFAULT.maxBankQuestions();
    if (existing.size() + adding > limit) {
      throw new QuestionBankFullException(existing.size(), (int) adding, limit);
    }
    for (ImportedQuestion q : parsed) {
      String category = category(q, course, defaultCategory);
      Question same = seen.get(key(category, q.content().name()));
      if (same != null) {
        if (same.revise(q.content(), now)) {
          revised++;
        } else {
          unchanged++;
        }
        same.file(category, q.tags(), now);
      } else {
        Question question = new Question(course, category, q.content(), q.tags(), now);
        em.persist(question);
        seen.put(key(category, question.name()), question);
        created++;
      }
    }
    return new ImportSummary(created, revised, unchanged);
  }

  private static String category(ImportedQuestion q, Course course, String defaultCategory) {
    if (q.category() != null && !q.category().isBlank()) {
      return q.category();
    }
    return defaultCategory == null ? course.code() : defaultCategory;
  }

  private static String key(String category, String name) {
    return category + "\n" + name;
  }

  public String export(Caller caller, String code, String category) {
    Course course = courses.editable(caller, code);
    var query =
        category == null || category.isBlank()
            ? em.createNamedQuery(Question.OF_COURSE, Question.class)
            : em.createNamedQuery(Question.IN_CATEGORY, Question.class)
                .setParameter("category", category);
    List<ImportedQuestion> all =
        query.setParameter("courseId", course.id()).getResultList().stream()
            .map(q -> new ImportedQuestion(q.category(), q.current().content(), 0, q.tags()))
            .toList();
    return GiftFormat.write(all);
  }

  static ImportResult parse(String format, String text) {
    if (text == null || text.isBlank()) {
      throw new org.latih.kernel.rest.InvalidInputException("file", "questions.empty");
    }
    return ImportLimits.DEFAULT.check(
        "xml".equalsIgnoreCase(format) ? MoodleXmlFormat.parse(text) : GiftFormat.parse(text));
  }
}
