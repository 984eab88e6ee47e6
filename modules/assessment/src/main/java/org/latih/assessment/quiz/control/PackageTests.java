package org.latih.assessment.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.latih.assessment.question.control.ImportResult;
import org.latih.assessment.question.control.QuestionBank;
import org.latih.assessment.question.control.QuestionFiles;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.assessment.quiz.entity.QuizSettings;
import org.latih.course.content.api.CourseImported;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.TestFile;

/**
 * Turns a course package's question files into its pre-test and post-test, in the import's own
 * transaction: the questions go into the bank under {@code <course>/pre} and {@code <course>/post}
 * (unless the file names its categories), and each test asks its file's questions in order. A new
 * package version revises the questions and keeps the tests' settings an admin may have changed.
 */
@ApplicationScoped
public class PackageTests {

  @PersistenceContext EntityManager em;
  @Inject QuestionBank bank;
  @Inject Clock clock;

  void onImport(@Observes CourseImported event) {
    Course course = em.find(Course.class, event.courseId());
    for (TestFile file : course.questionFiles()) {
      QuizKind kind = "preTest".equals(file.kind()) ? QuizKind.PRE_TEST : QuizKind.POST_TEST;
      String category = course.code() + (kind == QuizKind.PRE_TEST ? "/pre" : "/post");
      // checked by QuestionFiles before the import wrote anything, so there are no problems here
      ImportResult parsed = QuestionFiles.parse(file.path(), file.text());
      List<Question> questions =
          bank.store(course, parsed.questions(), category, file.path()).questions();
      test(course, kind).use(questions, clock.instant());
    }
  }

  private Quiz test(Course course, QuizKind kind) {
    return em.createNamedQuery(Quiz.OF_COURSE_AND_KIND, Quiz.class)
        .setParameter("courseId", course.id())
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              QuizSettings settings =
                  kind == QuizKind.PRE_TEST
                      ? QuizSettings.preTest("Pre-test")
                      : QuizSettings.postTest("Post-test");
              Quiz quiz = new Quiz(course, kind, settings, clock.instant());
              em.persist(quiz);
              return quiz;
            });
  }
}
