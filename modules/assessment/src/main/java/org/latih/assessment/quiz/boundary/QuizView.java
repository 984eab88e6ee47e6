package org.latih.assessment.quiz.boundary;

import java.util.List;
import org.latih.assessment.attempt.boundary.AttemptViews.MyStanding;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizSettings;

/**
 * A quiz with its settings, the caller's own standing in it, and for editors the ids of its fixed
 * questions.
 */
public record QuizView(
    long id,
    String course,
    String kind,
    QuizSettings settings,
    int questionCount,
    List<Long> questionIds,
    MyStanding mine) {

  /** One quiz on its own: its course and questions are read from it. */
  static QuizView of(Quiz quiz, boolean editor, MyStanding mine) {
    return of(
        quiz,
        quiz.course().code(),
        quiz.questions().stream().map(Question::id).toList(),
        editor,
        mine);
  }

  /** With the ids of the quiz's fixed questions, read beforehand for every quiz at once. */
  static QuizView of(
      Quiz quiz, String course, List<Long> questionIds, boolean editor, MyStanding mine) {
    return new QuizView(
        quiz.id(),
        course,
        quiz.kind().name(),
        quiz.settings(),
        questionIds.size() + quiz.randomCount(),
        editor ? questionIds : null,
        mine);
  }
}
