package org.latih.testing.seed;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The region's courses, each with two modules of lessons and a pre-test and post-test drawn from
 * its question bank, plus the exam course of the exam-day benchmark: a 40-question post-test its
 * takers can start at once. Settings are those a course package gets on import.
 */
final class Catalogue {

  /** A question as asked: its version, its option ids in the author's order and the right one. */
  record Question(long versionId, List<String> choices, String right, boolean trueFalse) {}

  /** A pre-test or post-test with its questions in the quiz's order. */
  record Test(long quizId, List<Question> questions, int minutes) {}

  /** A course as enrolments and attempts need it. */
  record Course(
      long id, String code, String title, int jp, List<String> lessonKeys, Test pre, Test post) {}

  static final int MODULES = 2;
  static final int LESSONS_PER_MODULE = 3;
  static final int QUESTIONS = 10;
  static final int EXAM_QUESTIONS = 40;

  private static final List<String> OPTIONS = List.of("a", "b", "c", "d");
  private static final String[] MODULE_TITLES = {"Konsep dasar", "Penerapan di tempat kerja"};
  private static final String[] LESSON_TITLES = {
    "Pengantar", "Prinsip utama", "Studi kasus", "Langkah kerja", "Latihan", "Rangkuman"
  };

  final List<Course> courses = new ArrayList<>();
  Course exam;

  private final Seeding s;
  private final OffsetDateTime created;
  private Rows.Table courseRows;
  private Rows.Table moduleRows;
  private Rows.Table lessonRows;
  private Rows.Table questionRows;
  private Rows.Table versionRows;
  private Rows.Table quizRows;
  private Rows.Table quizQuestionRows;

  private Catalogue(Seeding s) {
    this.s = s;
    this.created = Seeding.utc(s.start().minus(Duration.ofDays(30)));
  }

  static Catalogue write(Seeding s) throws SQLException {
    Catalogue catalogue = new Catalogue(s);
    catalogue.declare();
    for (int c = 0; c < s.size().courses(); c++) {
      String title = Words.nth(Words.COURSES, c);
      String code = codeOf(s.prefix(), c);
      int jp = 8 * (1 + c % 5);
      catalogue.courses.add(
          catalogue.course(code, title, jp, Words.COMPETENCIES.get(c % 3), MODULES, QUESTIONS));
    }
    catalogue.exam =
        catalogue.course(
            examCode(s.prefix()), "Ujian Kompetensi Teknis", 2, "TEKNIS", 1, EXAM_QUESTIONS);
    s.rows().flush();
    return catalogue;
  }

  static String codeOf(String prefix, int n) {
    String code = prefix + "-" + String.format("%02d", n + 1) + "-";
    String slug = Words.slug(Words.nth(Words.COURSES, n));
    return code + slug.substring(0, Math.min(slug.length(), 80 - code.length()));
  }

  /** {@code ujian-bench} for the default prefix, so a load client can count on it. */
  static String examCode(String prefix) {
    return RegionSeed.DEFAULT_PREFIX.equals(prefix) ? "ujian-bench" : prefix + "-ujian";
  }

  private void declare() throws SQLException {
    Rows rows = s.rows();
    courseRows =
        rows.table(
            "courses",
            "id",
            "code",
            "package_version",
            "title",
            "description",
            "jp",
            "competency_type",
            "language",
            "tags",
            "region_id",
            "published",
            "created_at",
            "updated_at",
            "version");
    moduleRows = rows.table("course_modules", "id", "course_id", "position", "title");
    lessonRows =
        rows.table(
            "lessons",
            "id",
            "module_id",
            "position",
            "lesson_key",
            "path",
            "title",
            "minutes",
            "markdown",
            "html");
    questionRows =
        rows.table(
            "questions",
            "id",
            "course_id",
            "category",
            "name",
            "created_at",
            "updated_at",
            "version");
    versionRows =
        rows.table(
            "question_versions", "id", "question_id", "number", "type", "content", "created_at");
    quizRows =
        rows.table(
            "quizzes",
            "id",
            "course_id",
            "kind",
            "title",
            "time_limit_minutes",
            "attempts_allowed",
            "grading_method",
            "pass_percent",
            "shuffle_questions",
            "shuffle_options",
            "review",
            "required_for_completion",
            "random_count",
            "created_at",
            "updated_at",
            "version");
    quizQuestionRows = rows.table("quiz_questions", "quiz_id", "question_id", "position");
  }

  private Course course(
      String code, String title, int jp, String competency, int modules, int postQuestions)
      throws SQLException {
    long id = s.ids().next("courses");
    courseRows.add(
        id,
        code,
        "1.0.0",
        title,
        "Pelatihan " + title + " bagi ASN " + s.regionName() + " (data uji beban).",
        jp,
        competency,
        "id",
        "bench," + Words.slug(competency),
        s.regionId(),
        true,
        created,
        created,
        1L);
    List<String> keys = new ArrayList<>();
    for (int m = 0; m < modules; m++) {
      long moduleId = s.ids().next("course_modules");
      moduleRows.add(moduleId, id, m + 1, MODULE_TITLES[m % MODULE_TITLES.length]);
      for (int l = 0; l < LESSONS_PER_MODULE; l++) {
        int n = m * LESSONS_PER_MODULE + l;
        String lesson = LESSON_TITLES[n % LESSON_TITLES.length];
        String key = String.format("%02d-%s", n + 1, Words.slug(lesson));
        String text = lesson + " " + title + ": apa yang perlu diketahui dan diterapkan ASN.";
        lessonRows.add(
            s.ids().next("lessons"),
            moduleId,
            l + 1,
            key,
            String.format("modules/%02d/%s.md", m + 1, key),
            lesson,
            15,
            "# " + lesson + "\n\n" + text + "\n",
            "<h1>" + lesson + "</h1>\n<p>" + text + "</p>\n");
        keys.add(key);
      }
    }
    // the exam's pre-test is short: its takers have it behind them
    Test pre = test(id, code, title, "PRE_TEST", postQuestions > QUESTIONS ? 5 : QUESTIONS);
    Test post = test(id, code, title, "POST_TEST", postQuestions);
    return new Course(id, code, title, jp, List.copyOf(keys), pre, post);
  }

  private Test test(long courseId, String code, String title, String kind, int count)
      throws SQLException {
    boolean pre = kind.equals("PRE_TEST");
    boolean exam = count > QUESTIONS;
    long quizId = s.ids().next("quizzes");
    int minutes = exam ? 90 : 30;
    quizRows.add(
        quizId,
        courseId,
        kind,
        pre ? "Pre-test" : exam ? "Ujian akhir" : "Post-test",
        minutes,
        pre ? 1 : 3,
        pre ? "FIRST" : "HIGHEST",
        pre ? 0 : 70,
        true,
        true,
        pre ? "SCORE_ONLY" : "AFTER_SUBMIT",
        !pre,
        0,
        created,
        created,
        1L);
    String category = code + (pre ? "/pre" : "/post");
    List<Question> questions = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      // every fifth question is true/false, the rest single choice with four options
      boolean trueFalse = !exam && q % 5 == 4;
      String name = (pre ? "Pre " : "Post ") + String.format("%02d", q + 1);
      long questionId = s.ids().next("questions");
      questionRows.add(questionId, courseId, category, name, created, created, 1L);
      String right = trueFalse ? (q % 2 == 0 ? "true" : "false") : OPTIONS.get((q * 7) % 4);
      long versionId = s.ids().next("question_versions");
      versionRows.add(
          versionId,
          questionId,
          1,
          trueFalse ? "TRUE_FALSE" : "SINGLE_CHOICE",
          content(name, title, q, trueFalse, right),
          created);
      quizQuestionRows.add(quizId, questionId, q);
      questions.add(
          new Question(
              versionId, trueFalse ? List.of("true", "false") : OPTIONS, right, trueFalse));
    }
    return new Test(quizId, List.copyOf(questions), minutes);
  }

  /** The content JSON of QuestionJson: type, name, text, choices with fractions, default mark. */
  private static String content(String name, String title, int q, boolean trueFalse, String right) {
    StringBuilder json =
        new StringBuilder("{\"type\":")
            .append(Json.string(trueFalse ? "TRUE_FALSE" : "SINGLE_CHOICE"))
            .append(",\"name\":")
            .append(Json.string(name))
            .append(",\"text\":");
    if (trueFalse) {
      json.append(Json.string("Dalam " + title + ", pernyataan nomor " + (q + 1) + " ini benar."))
          .append(",\"choices\":[")
          .append(choice("true", "Benar", right))
          .append(',')
          .append(choice("false", "Salah", right))
          .append(']');
    } else {
      json.append(
              Json.string("Dalam " + title + ", langkah mana yang paling tepat (" + (q + 1) + ")?"))
          .append(",\"choices\":[");
      for (int i = 0; i < OPTIONS.size(); i++) {
        String id = OPTIONS.get(i);
        json.append(i == 0 ? "" : ",")
            .append(choice(id, "Langkah " + id.toUpperCase() + " untuk soal " + (q + 1), right));
      }
      json.append(']');
    }
    return json.append(",\"defaultMark\":1.0}").toString();
  }

  private static String choice(String id, String text, String right) {
    boolean isRight = id.equals(right);
    return "{\"id\":"
        + Json.string(id)
        + ",\"text\":"
        + Json.string(text)
        + ",\"fraction\":"
        + (isRight ? "1.0,\"feedback\":\"Tepat.\"" : "0.0")
        + "}";
  }
}
