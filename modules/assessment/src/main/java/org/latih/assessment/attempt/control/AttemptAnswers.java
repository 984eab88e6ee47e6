package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptClosedException;
import org.latih.assessment.attempt.entity.AttemptSlot;
import org.latih.assessment.attempt.entity.NoSuchQuestionException;
import org.latih.assessment.attempt.entity.StaleAnswerException;
import org.latih.assessment.question.entity.Response;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * Saves one answer of an open attempt. Each save carries a sequence number the page increases with
 * every change; the attempt's row is locked while the save compares and writes, so concurrent,
 * retried and reordered requests settle on the newest answer: a retry of the same save is
 * acknowledged again without writing, an older one is refused. The answer is committed before the
 * reply is sent, so an acknowledged save survives a crash.
 */
@ApplicationScoped
// a save that finds the attempt overdue submits it and is refused; the submit must still commit
@Transactional(dontRollbackOn = AttemptClosedException.class)
public class AttemptAnswers {

  @PersistenceContext EntityManager em;
  @Inject Attempts attempts;
  @Inject Clock clock;

  public enum Outcome {
    SAVED,
    ALREADY_SAVED
  }

  public record Saved(int position, long sequence, Instant savedAt, Outcome outcome) {}

  public Saved save(Caller caller, long attemptId, int position, Long sequence, Response response) {
    if (sequence == null || sequence < 1) {
      throw new InvalidInputException("sequence", "answer.sequence");
    }
    Attempt attempt = locked(caller, attemptId);
    AttemptSlot slot = slot(attemptId, position);
    // the learner names options by this attempt's tokens; the slot keeps the author's ids
    Response authored = slot.fromLearner(response);
    Answers.check(slot, authored);
    if (slot.sequence() >= sequence) {
      if (slot.sequence() == sequence) {
        if (slot.response().equals(authored)) {
          return new Saved(position, sequence, slot.savedAt(), Outcome.ALREADY_SAVED);
        }
        throw StaleAnswerException.conflicting(sequence);
      }
      throw new StaleAnswerException(sequence, slot.sequence());
    }
    Instant now = clock.instant();
    attempt.answer(slot, authored, sequence, now);
    return new Saved(position, sequence, now, Outcome.SAVED);
  }

  /**
   * The caller's open attempt, locked until the save commits: a submit (by the learner or the
   * deadline) waits for it, so an acknowledged answer is always part of the grade. The row is
   * locked by a plain SELECT … FOR UPDATE before the entity is read: a lock through JPA refreshes
   * the attempt with all its slots, and a save needs only its own.
   */
  private Attempt locked(Caller caller, long attemptId) {
    em.createNativeQuery("SELECT id FROM attempts WHERE id = ? FOR UPDATE")
        .setParameter(1, attemptId)
        .getResultList();
    Attempt attempt = Attempts.owned(caller, attemptId, em.find(Attempt.class, attemptId));
    if (attempt.overdue(clock.instant())) {
      attempts.closeIfOverdue(attempt, clock.instant());
    }
    if (!attempt.open()) {
      throw new AttemptClosedException(attempt.autoSubmitted());
    }
    return attempt;
  }

  public void flag(Caller caller, long attemptId, int position, boolean flagged) {
    locked(caller, attemptId).flag(slot(attemptId, position), flagged);
  }

  /** One slot with the question version it asks, in one statement. */
  private AttemptSlot slot(long attemptId, int position) {
    return em.createNamedQuery(AttemptSlot.AT, AttemptSlot.class)
        .setParameter("attemptId", attemptId)
        .setParameter("position", position)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoSuchQuestionException(position));
  }
}
