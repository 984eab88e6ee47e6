package org.latih.assessment.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.question.entity.QuestionAskedException;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionJson;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseCatalog;
import org.latih.course.course.api.CourseFiles;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * A course's question bank, kept by those who may edit the course. Imports are all or nothing by
 * default: a file with one bad question stores none of them, and the report lists every problem.
 */
@ApplicationScoped
@Transactional
public class QuestionBank {

  @PersistenceContext EntityManager em;
  @Inject CourseCatalog courses;
  @Inject Clock clock;

  /**
   * What an import did: questions created, revised (a new version) and left unchanged, and the
   * problems of the questions it skipped (only when skipping was asked for).
   */
  public record ImportSummary(
      int created, int revised, int unchanged, List<ImportProblem> skipped) {

    public ImportSummary {
      skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }
  }

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

  /**
   * Imports a GIFT or Moodle XML text into the course's bank. By default a file with any problem
   * stores nothing; with {@code skipUnsupported} the questions that could be read are stored and
   * the others come back in the summary, each with its line and reason.
   *
   * @param fileName the uploaded file's name, part of each question's identity (see {@link #store})
   */
  public ImportSummary importText(
      Caller caller,
      String code,
      String format,
      String fileName,
      String text,
      boolean skipUnsupported) {
    Course course = courses.editable(caller, code);
    ImportResult result = parse(format, text);
    boolean wholeFile =
        result.problems().stream().anyMatch(p -> FILE_PROBLEMS.contains(p.messageKey()));
    if (!result.problems().isEmpty()
        && (!skipUnsupported || wholeFile || result.questions().isEmpty())) {
      throw new InvalidQuestionsException(result.problems());
    }
    Stored stored = store(course, result.questions(), null, fileName);
    ImportSummary s = stored.summary();
    return new ImportSummary(s.created(), s.revised(), s.unchanged(), result.problems());
  }

  /** Problems of the whole file, not of one question: no question of it can be trusted. */
  private static final Set<String> FILE_PROBLEMS =
      Set.of("questions.tooMany", "moodleXml.malformed", "moodleXml.doctype", "moodleXml.notQuiz");

  /**
   * What a store did, and the bank's question for each parsed one, in the file's order.
   *
   * @param questions the stored question of each parsed question, in the same order
   */
  public record Stored(ImportSummary summary, List<Question> questions) {}

  /**
   * Stores parsed questions. A question is the same as one already in the bank, and gets a new
   * version only if its content changed, when it is filed under the same category and either has
   * the same Moodle ID number or, without one, sits at the same position of a file with the same
   * name. Anything else is a new question, whatever its name: two questions of a file that share a
   * name (or whose untitled openings give the same name) are two questions, and importing a file
   * twice adds nothing.
   *
   * @param defaultCategory used for questions the file put in no category
   * @param fileName the file's name (a path in a course package); blank for an unnamed upload
   */
  public Stored store(
      Course course, List<ImportedQuestion> parsed, String defaultCategory, String fileName) {
    Instant now = clock.instant();
    List<Question> existing =
        em.createNamedQuery(Question.OF_COURSE, Question.class)
            .setParameter("courseId", course.id())
            .getResultList();
    // by category and source key, so a large import is not a scan of the bank per question
    Map<String, Question> known = new HashMap<>();
    existing.stream()
        .filter(e -> e.sourceKey() != null)
        .forEach(e -> known.putIfAbsent(key(e.category(), e.sourceKey()), e));
    List<Question> same = new ArrayList<>();
    Set<Question> claimed = new HashSet<>();
    for (ImportedQuestion q : parsed) {
      String category = category(q, course, defaultCategory);
      Question found = known.get(key(category, sourceKey(q, fileName)));
      if (found == null) {
        // imported before questions had source keys: the old identity, taken over once
        found = known.get(key(category, LEGACY + q.content().name()));
      }
      same.add(found != null && claimed.add(found) ? found : null);
    }
    long adding = same.stream().filter(Objects::isNull).count();
    int limit = ImportLimits.DEFAULT.maxBankQuestions();
    if (existing.size() + adding > limit) {
      throw new QuestionBankFullException(existing.size(), (int) adding, limit);
    }
    int created = 0;
    int revised = 0;
    int unchanged = 0;
    List<Question> stored = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      ImportedQuestion q = parsed.get(i);
      String category = category(q, course, defaultCategory);
      Question question = same.get(i);
      QuestionContent content = withFiles(course, q);
      if (question != null) {
        if (question.revise(content, now)) {
          revised++;
        } else {
          unchanged++;
        }
        question.file(category, q.tags(), now);
      } else {
        question = new Question(course, category, content, q.tags(), now);
        em.persist(question);
        created++;
      }
      question.source(sourceKey(q, fileName));
      stored.add(question);
    }
    return new Stored(new ImportSummary(created, revised, unchanged, List.of()), stored);
  }

  /**
   * Stores the question's embedded files as the course's attachments (named by their content, so
   * one stored twice is one file) and points its texts at them, as lessons link attachments.
   */
  private static QuestionContent withFiles(Course course, ImportedQuestion q) {
    if (q.files().isEmpty()) {
      return q.content();
    }
    q.files()
        .forEach(
            (name, bytes) -> {
              if (!course.hasAttachment(name)) {
                course.addAttachment(name, CourseFiles.contentType(name, bytes), bytes);
              }
            });
    String url = QuestionText.attachmentUrl(course.code(), "");
    return q.content().withTexts(t -> t.replace(MoodleXmlTexts.PLUGINFILE, url));
  }

  /** The key questions imported before issue #15 carry: their name, which was their identity. */
  private static final String LEGACY = "name:";

  private static final int MAX_FILE_NAME = 400;

  /** Moodle's ID number when the file gives one, else the file and the position in it. */
  static String sourceKey(ImportedQuestion q, String fileName) {
    if (q.idnumber() != null) {
      return "id:" + abbreviate(q.idnumber());
    }
    String file = fileName == null ? "" : fileName.strip();
    return "file:" + abbreviate(file) + "#" + q.position();
  }

  private static String abbreviate(String s) {
    return s.length() <= MAX_FILE_NAME ? s : s.substring(0, MAX_FILE_NAME);
  }

  private static String category(ImportedQuestion q, Course course, String defaultCategory) {
    if (q.category() != null && !q.category().isBlank()) {
      return q.category();
    }
    return defaultCategory == null ? course.code() : defaultCategory;
  }

  private static String key(String category, String sourceKey) {
    return category + "\n" + sourceKey;
  }

  /** A bank exported as a file: its text and the file name extension that says its format. */
  public record Export(String text, String extension, String mediaType) {}

  /**
   * The bank (or one category of it) as GIFT ({@code format} null, blank or {@code gift}) or Moodle
   * XML ({@code xml}); any other format is refused, as on import.
   */
  public Export export(Caller caller, String code, String category, String format) {
    String f = format == null || format.isBlank() ? "gift" : format.strip();
    boolean xml = f.equalsIgnoreCase("xml");
    if (!xml && !f.equalsIgnoreCase("gift")) {
      throw new org.latih.kernel.rest.InvalidInputException("format", "questions.format", f);
    }
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
    if (!xml) {
      return new Export(GiftFormat.write(all), "gift.txt", "text/plain;charset=UTF-8");
    }
    // only the files a text shows are read, each once
    Map<String, byte[]> read = new HashMap<>();
    java.util.function.Function<String, byte[]> files =
        name ->
            read.computeIfAbsent(
                name,
                n ->
                    course.attachments().stream()
                        .filter(a -> a.name().equals(n))
                        .findFirst()
                        .map(org.latih.course.course.api.AttachedFile::bytes)
                        .orElse(null));
    return new Export(
        MoodleXmlExport.write(all, files, course.code()), "xml", "application/xml;charset=UTF-8");
  }

  static ImportResult parse(String format, String text) {
    if (text == null || text.isBlank()) {
      throw new org.latih.kernel.rest.InvalidInputException("file", "questions.empty");
    }
    String f = format == null || format.isBlank() ? "gift" : format.strip();
    if (f.equalsIgnoreCase("xml")) {
      return ImportLimits.DEFAULT.check(MoodleXmlFormat.parse(text));
    }
    if (f.equalsIgnoreCase("gift")) {
      return ImportLimits.DEFAULT.check(GiftFormat.parse(text));
    }
    // read as GIFT, a Moodle XML or other file would be refused line by line for the wrong reason
    throw new org.latih.kernel.rest.InvalidInputException("format", "questions.format", f);
  }
}
