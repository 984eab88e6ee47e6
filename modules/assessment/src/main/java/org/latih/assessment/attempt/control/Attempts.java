package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptClosedException;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.QuestionVersion;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.LessonsFirstException;
import org.latih.assessment.quiz.entity.NoAttemptsLeftException;
import org.latih.assessment.quiz.entity.PostTestPassedException;
import org.latih.assessment.quiz.entity.QuestionPoolTooSmallException;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizClosedException;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.assessment.quiz.entity.QuizNotYetOpenException;
import org.latih.assessment.quiz.entity.ReviewRules;
import org.latih.assessment.quiz.entity.ReviewRules.Shown;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.api.LearnerEnrolments;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Starting, resuming and submitting attempts. A learner has at most one open attempt per quiz: a
 * second start resumes it, on any device. An overdue attempt is submitted before anything else is
 * done with it, so the deadline holds even if the sweeper has not come by yet.
 */
@ApplicationScoped
// refusing a change to an attempt found overdue still commits the submit that closed it
@Transactional(dontRollbackOn = AttemptClosedException.class)
public class Attempts {

  // One generator per request thread: a start draws hundreds of numbers (question and option order,
  // option tokens), and the shared NativePRNG serialised them all on one lock (33 s of thread time
  // parked on it in one recorded exam wave of 1,000 starts).
  private static final ThreadLocal<Random> RANDOM = ThreadLocal.withInitial(DrawnBits::new);

  @PersistenceContext EntityManager em;
  @Inject Quizzes quizzes;
  @Inject LearnerEnrolments enrolments;
  @Inject Clock clock;
  @Inject AttemptIds ids;

  public Attempt startOrResume(Caller caller, long quizId) {
    Quiz quiz = quizzes.visible(caller, quizId);
    // read locked: serialises two simultaneous starts of the same learner (double click, two tabs)
    User user = em.find(User.class, caller.userId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    List<Attempt> mine = of(caller.userId(), quiz);
    for (Attempt attempt : mine) {
      if (closeIfOverdue(attempt, now)) {
        continue;
      }
      if (attempt.open()) {
        return attempt;
      }
    }
    checkMayStart(caller, quiz, mine, now);
    Random random = RANDOM.get();
    List<QuestionVersion> asked = ask(quiz, random);
    Attempt attempt =
        new Attempt(
            ids.attempt(),
            quiz,
            user,
            mine.size() + 1,
            asked,
            ids.slots(asked.size()),
            random,
            now);
    em.persist(attempt);
    return attempt;
  }

  private void checkMayStart(Caller caller, Quiz quiz, List<Attempt> mine, Instant now) {
    if (!quiz.openAt(now)) {
      throw quiz.closedAt(now) ? new QuizClosedException() : new QuizNotYetOpenException();
    }
    if (quiz.attemptsAllowed() > 0 && mine.size() >= quiz.attemptsAllowed()) {
      throw new NoAttemptsLeftException(quiz.attemptsAllowed());
    }
    Optional<Enrolment> enrolment = enrolments.mine(caller, quiz.course());
    if (enrolment.isEmpty()) {
      if (!CourseAccess.staff(caller)) {
        throw new ForbiddenException("quiz.notEnrolled");
      }
      return; // staff try a quiz out without enrolling
    }
    if (quiz.kind() == QuizKind.POST_TEST && !enrolment.get().lessonsDone()) {
      throw new LessonsFirstException();
    }
    if (quiz.kind() == QuizKind.POST_TEST && passed(quiz, mine)) {
      throw new PostTestPassedException();
    }
  }

  /** The fixed questions at their current version, plus the random draw from the category. */
  private List<QuestionVersion> ask(Quiz quiz, Random random) {
    // the current version of every fixed question in one read, in the quiz's order
    List<QuestionVersion> asked =
        new ArrayList<>(
            em.createNamedQuery(Quiz.CURRENT_VERSIONS, QuestionVersion.class)
                .setParameter("quizId", quiz.id())
                .getResultList());
    if (quiz.randomCount() > 0) {
      List<Question> pool =
          new ArrayList<>(
              em.createNamedQuery(Question.IN_CATEGORY, Question.class)
                  .setParameter("courseId", quiz.course().id())
                  .setParameter("category", quiz.randomCategory())
                  .getResultList());
      pool.removeIf(q -> quiz.questions().stream().anyMatch(f -> f.id().equals(q.id())));
      Collections.shuffle(pool, random);
      // a description is text to read, not a question: drawn, it would take a question's place.
      // Skipped as met, so only the versions drawn are read.
      int drawn = 0;
      int descriptions = 0;
      for (Question q : pool) {
        if (drawn == quiz.randomCount()) {
          break;
        }
        QuestionVersion current = q.current();
        if (current.content().type() == QuestionType.DESCRIPTION) {
          descriptions++;
        } else {
          asked.add(current);
          drawn++;
        }
      }
      if (drawn < quiz.randomCount()) {
        throw new QuestionPoolTooSmallException(
            quiz.randomCategory(), pool.size() - descriptions, quiz.randomCount());
      }
    }
    return asked;
  }

  /**
   * An attempt of the caller's own with what its page shows (quiz, course, every slot with the
   * question version asked) read in one statement; an overdue one comes back submitted.
   */
  public Attempt mine(Caller caller, long attemptId) {
    Attempt attempt =
        owned(
            caller,
            attemptId,
            em.createNamedQuery(Attempt.BY_ID, Attempt.class)
                .setParameter("id", attemptId)
                // outer joins: a course shared by every region has no region
                .setHint("eclipselink.left-join-fetch", "a.quiz.course.region")
                .setHint("eclipselink.left-join-fetch", "a.slots.questionVersion")
                .getResultStream()
                .findFirst()
                .orElse(null));
    closeIfOverdue(attempt, clock.instant());
    return attempt;
  }

  /** Another learner's attempt id answers exactly like a missing one: ids reveal nothing. */
  static Attempt owned(Caller caller, long attemptId, Attempt attempt) {
    if (attempt == null || !attempt.ownedBy(caller.userId())) {
      throw new NotFoundException("attempt.notFound", attemptId);
    }
    return attempt;
  }

  public Attempt submit(Caller caller, long attemptId) {
    Attempt attempt = mine(caller, attemptId);
    em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(attempt);
    if (!attempt.open()) {
      throw new AttemptClosedException(attempt.autoSubmitted());
    }
    attempt.submit(clock.instant(), false);
    afterSubmit(attempt);
    return attempt;
  }

  /** Submits the attempt if its deadline has passed; true if it did. */
  public boolean closeIfOverdue(Attempt attempt, Instant now) {
    if (!attempt.overdue(now)) {
      return false;
    }
    em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(attempt);
    if (!attempt.overdue(now)) {
      return false;
    }
    attempt.submit(now, true);
    afterSubmit(attempt);
    return true;
  }

  /** A passed post-test may be what the course's completion was waiting for. */
  private void afterSubmit(Attempt attempt) {
    em.flush();
    if (attempt.quiz().kind() == QuizKind.POST_TEST) {
      enrolments.recheck(attempt.user().id(), attempt.quiz().course());
    }
  }

  /**
   * What the caller sees of their submitted attempt now, by the quiz's review rules. Whether they
   * have an attempt left is read only when the rules tell the last attempt apart.
   */
  public ReviewWindow review(Caller caller, Attempt attempt, Instant now) {
    if (CourseAccess.staff(caller)) {
      return ReviewWindow.EVERYTHING;
    }
    Quiz quiz = attempt.quiz();
    ReviewRules rules = quiz.reviewRules();
    boolean closed = quiz.closedAt(now);
    Shown meanwhile = quiz.reviewShown(attempt.submittedAt(), now, false);
    boolean done =
        !closed
            && !rules.afterLastAttempt().equals(meanwhile)
            && noAttemptLeft(attempt.userId(), quiz);
    Shown shown = done ? rules.afterLastAttempt() : meanwhile;
    if (shown.rightAnswers() || closed) {
      return new ReviewWindow(shown, null, null);
    }
    if (!done && quiz.attemptsAllowed() > 0 && rules.afterLastAttempt().rightAnswers()) {
      return new ReviewWindow(shown, ReviewWindow.Opens.LAST_ATTEMPT, null);
    }
    if (quiz.closesAt() != null && rules.afterClose().rightAnswers()) {
      return new ReviewWindow(shown, ReviewWindow.Opens.CLOSE, quiz.closesAt());
    }
    return new ReviewWindow(shown, null, null);
  }

  /**
   * No other attempt can follow: none is open, and every allowed one is used or the post-test is
   * passed (after which the course page offers no other).
   */
  private boolean noAttemptLeft(Long userId, Quiz quiz) {
    List<Attempt> mine = of(userId, quiz);
    if (mine.stream().anyMatch(Attempt::open)) {
      return false;
    }
    if (quiz.attemptsAllowed() > 0 && mine.size() >= quiz.attemptsAllowed()) {
      return true;
    }
    return quiz.kind() == QuizKind.POST_TEST && passed(quiz, mine);
  }

  private static boolean passed(Quiz quiz, List<Attempt> mine) {
    OptionalDouble best = Results.percent(quiz, mine);
    return best.isPresent() && quiz.passes(best.getAsDouble());
  }

  /** A learner's attempts at every quiz of a course, by quiz id, in one read. */
  public Map<Long, List<Attempt>> ofUserIn(Long userId, Course course) {
    return em.createNamedQuery(Attempt.OF_USER_IN_COURSE, Attempt.class)
        .setParameter("userId", userId)
        .setParameter("courseId", course.id())
        .getResultStream()
        .collect(Collectors.groupingBy(Attempt::quizId));
  }

  public List<Attempt> of(Long userId, Quiz quiz) {
    return em.createNamedQuery(Attempt.OF_USER_AND_QUIZ, Attempt.class)
        .setParameter("userId", userId)
        .setParameter("quizId", quiz.id())
        .getResultList();
  }
}
