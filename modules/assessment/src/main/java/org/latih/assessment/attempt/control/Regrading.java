package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.question.control.QuestionBank;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.course.enrolment.api.LearnerEnrolments;
import org.latih.kernel.security.control.Caller;

/**
 * After an author fixes a question (a wrong key, a second accepted answer), its editors may grade
 * the attempts that asked an older version again by the fixed one. Grades given by hand stay.
 */
@ApplicationScoped
@Transactional
public class Regrading {

  @PersistenceContext EntityManager em;
  @Inject QuestionBank bank;
  @Inject LearnerEnrolments enrolments;

  /**
   * @return how many attempts changed
   */
  public int regrade(Caller caller, long questionId) {
    Question question = bank.editable(caller, questionId);
    List<Attempt> asked =
        em.createQuery(
                "SELECT DISTINCT s.attempt FROM AttemptSlot s"
                    + " WHERE s.questionVersion.question.id = :id",
                Attempt.class)
            .setParameter("id", questionId)
            .getResultList();
    int changed = 0;
    for (Attempt attempt : asked) {
      if (attempt.regrade(question.current())) {
        changed++;
        if (!attempt.open() && attempt.quiz().kind() == QuizKind.POST_TEST) {
          em.flush();
          enrolments.recheck(attempt.user().id(), attempt.quiz().course());
        }
      }
    }
    return changed;
  }
}
