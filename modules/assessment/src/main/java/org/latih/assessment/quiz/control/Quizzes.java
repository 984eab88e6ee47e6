package org.latih.assessment.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.assessment.quiz.entity.QuizKindExistsException;
import org.latih.assessment.quiz.entity.QuizSettings;
import org.latih.assessment.quiz.entity.QuizTitleTakenException;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.course.api.CourseCatalog;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/** The quizzes of a course: seen by whoever sees the course, set up by whoever edits it. */
@ApplicationScoped
@Transactional
public class Quizzes {

  @PersistenceContext EntityManager em;
  @Inject CourseCatalog courses;
  @Inject Clock clock;

  public List<Quiz> ofCourse(Course course) {
    return em.createNamedQuery(Quiz.OF_COURSE, Quiz.class)
        .setParameter("courseId", course.id())
        .getResultList();
  }

  /** The fixed questions' ids of every quiz of the course, in each quiz's order, in one read. */
  public Map<Long, List<Long>> questionIds(Course course) {
    Map<Long, List<Long>> ids = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Quiz.QUESTION_IDS_OF_COURSE, Object[].class)
            .setParameter("courseId", course.id())
            .getResultList()) {
      ids.computeIfAbsent((Long) row[0], q -> new ArrayList<>()).add((Long) row[1]);
    }
    return ids;
  }

  public Optional<Quiz> ofKind(Course course, QuizKind kind) {
    return em.createNamedQuery(Quiz.OF_COURSE_AND_KIND, Quiz.class)
        .setParameter("courseId", course.id())
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  public Quiz create(Caller caller, String code, QuizKind kind, QuizSettings settings) {
    Course course = courses.editable(caller, code);
    if (kind != QuizKind.QUIZ && ofKind(course, kind).isPresent()) {
      throw new QuizKindExistsException(kind);
    }
    titleFree(course, kind, settings.title(), null);
    Quiz quiz = new Quiz(course, kind, settings, clock.instant());
    em.persist(quiz);
    return quiz;
  }

  public Quiz configure(Caller caller, long id, QuizSettings settings) {
    Quiz quiz = editable(caller, id);
    titleFree(quiz.course(), quiz.kind(), settings.title(), quiz.id());
    quiz.configure(settings, clock.instant());
    return quiz;
  }

  /**
   * Refuses a title another quiz of the kind in the course has, which the database would refuse
   * too, but only at commit and as a server error.
   */
  private void titleFree(Course course, QuizKind kind, String title, Long self) {
    boolean taken =
        em.createQuery(
                "SELECT q.id FROM Quiz q WHERE q.course.id = :courseId AND q.kind = :kind"
                    + " AND q.title = :title",
                Long.class)
            .setParameter("courseId", course.id())
            .setParameter("kind", kind)
            .setParameter("title", title)
            .getResultStream()
            .anyMatch(id -> !id.equals(self));
    if (taken) {
      throw new QuizTitleTakenException(title);
    }
  }

  public Quiz use(Caller caller, long id, List<Long> questionIds) {
    Quiz quiz = editable(caller, id);
    List<Question> fixed =
        questionIds.stream()
            .map(
                qid ->
                    Optional.ofNullable(em.find(Question.class, qid))
                        .orElseThrow(() -> new NotFoundException("question.notFound", qid)))
            .toList();
    quiz.use(fixed, clock.instant());
    return quiz;
  }

  /** A quiz the caller may see: its course must be visible to them. */
  public Quiz visible(Caller caller, long id) {
    Quiz quiz = find(id);
    if (!CourseAccess.visible(caller, quiz.course())) {
      throw new NotFoundException("quiz.notFound", id);
    }
    return quiz;
  }

  public Quiz editable(Caller caller, long id) {
    Quiz quiz = visible(caller, id);
    if (!CourseAccess.editable(caller, quiz.course())) {
      throw new ForbiddenException("course.notEditable");
    }
    return quiz;
  }

  public Quiz find(long id) {
    Quiz quiz = em.find(Quiz.class, id);
    if (quiz == null) {
      throw new NotFoundException("quiz.notFound", id);
    }
    return quiz;
  }
}
