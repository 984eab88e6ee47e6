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

  static QuizView of(Quiz quiz, boolean editor, MyStanding mine) {
    return new QuizView(
        quiz.id(),
        quiz.course().code(),
        quiz.kind().name(),
        quiz.settings(),
        quiz.questions().size() + quiz.randomCount(),
        editor ? quiz.questions().stream().map(Question::id).toList() : null,
        mine);
  }
}
