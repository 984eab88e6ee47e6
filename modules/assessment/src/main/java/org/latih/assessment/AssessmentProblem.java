package org.latih.assessment;

import org.latih.kernel.rest.ProblemType;

/**
 * Every problem type of the assessment module, each with its own {@code type} URI so a client can
 * act on it; titles are in the module's message bundle under {@code problem.<slug>}.
 */
public enum AssessmentProblem implements ProblemType {
  ANSWER_STALE(
      "answer-stale",
      409,
      "A newer answer to this question is already saved; savedSequence gives its sequence number."),
  UNKNOWN_OPTION(
      "unknown-option",
      422,
      "The answer names an option this attempt did not show; options are named by the tokens of the attempt's own questions."),
  ATTEMPT_CLOSED(
      "attempt-closed",
      409,
      "The attempt was submitted, by the learner or when its time ran out; it takes no more changes."),
  ATTEMPT_NOT_SUBMITTED(
      "attempt-not-submitted",
      409,
      "The attempt is still open, so it cannot be graded or reviewed yet."),
  QUIZ_EMPTY("quiz-empty", 409, "The quiz has no questions to ask yet."),
  QUIZ_CLOSED("quiz-closed", 409, "The quiz's window has closed; no new attempt can start."),
  QUIZ_NOT_YET_OPEN("quiz-not-yet-open", 409, "The quiz's window has not opened yet."),
  NO_ATTEMPTS_LEFT("no-attempts-left", 409, "The learner has used every attempt the quiz allows."),
  POST_TEST_PASSED(
      "post-test-passed",
      409,
      "The learner has passed this post-test; its review may show the answers, so no new attempt."),
  LESSONS_FIRST(
      "lessons-first", 409, "The post-test opens once every lesson of the course is finished."),
  PRE_TEST_FIRST("pre-test-first", 409, "The course's lessons open once its pre-test is taken."),
  QUESTION_POOL_TOO_SMALL(
      "question-pool-too-small",
      409,
      "The category has fewer questions than the quiz draws at random."),
  COMPLETION_ONLY_POST_TEST(
      "completion-only-post-test", 409, "Only a post-test can be required to complete a course."),
  QUESTION_NOT_IN_COURSE(
      "question-not-in-course",
      409,
      "A question put in the quiz is not in its course's question bank."),
  QUIZ_KIND_EXISTS(
      "quiz-kind-exists",
      409,
      "The course already has a pre-test (or post-test); it has at most one of each."),
  QUIZ_TITLE_TAKEN(
      "quiz-title-taken",
      409,
      "Another quiz of the same kind in the course already has this title; choose another."),
  QUESTION_ASKED(
      "question-asked",
      409,
      "The question was answered in attempts, so it cannot be deleted; change it or take it out of the quiz."),
  TOO_FEW_ATTEMPTS("too-few-attempts", 409, "Item analysis needs at least two graded attempts."),
  NO_PRE_POST_TESTS(
      "no-pre-post-tests",
      409,
      "The course has no pre-test and post-test to measure a learning gain."),
  INVALID_QUESTIONS(
      "invalid-questions",
      422,
      "A question file was refused; errors names each broken question by its line."),
  QUESTION_BANK_FULL(
      "question-bank-full",
      422,
      "The import would take the course's question bank past its limit of questions.");

  private final Spec spec;

  AssessmentProblem(String slug, int status, String meaning) {
    this.spec = new Spec(slug, status, meaning);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
