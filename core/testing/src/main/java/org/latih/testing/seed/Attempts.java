package org.latih.testing.seed;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Submitted attempts with a graded answer in every slot, shuffled as the tests' settings say. A
 * learner of skill p gets each question right with probability p, so post-tests (taken with the
 * skill the course added) score higher than pre-tests on average and gain reports show something.
 */
final class Attempts {

  /** When an attempt was submitted and what it scored, in percent. */
  record Outcome(Instant submittedAt, double percent) {}

  private final Seeding s;
  private final Rows.Table attempts;
  private final Rows.Table slots;

  Attempts(Seeding s) throws SQLException {
    this.s = s;
    this.attempts =
        s.rows()
            .table(
                "attempts",
                "id",
                "quiz_id",
                "user_id",
                "number",
                "state",
                "started_at",
                "deadline",
                "submitted_at",
                "auto_submitted",
                "points",
                "max_points",
                "needs_grading",
                "version");
    this.slots =
        s.rows()
            .table(
                "attempt_slots",
                "id",
                "attempt_id",
                "position",
                "question_version_id",
                "mark",
                "option_order",
                "response",
                "sequence",
                "saved_at",
                "flagged",
                "fraction",
                "feedback");
  }

  /** Writes attempt {@code number} of {@code userId} at the test, started at {@code start}. */
  Outcome submitted(long userId, Catalogue.Test test, int number, Instant start, double skill)
      throws SQLException {
    Random random = s.random();
    long id = s.ids().next("attempts");
    List<Catalogue.Question> order = new ArrayList<>(test.questions());
    Collections.shuffle(order, random);
    Duration took = Duration.ofMinutes(5 + random.nextInt(Math.max(1, test.minutes() - 6)));
    double points = 0;
    for (int i = 0; i < order.size(); i++) {
      Catalogue.Question q = order.get(i);
      Instant saved = start.plus(took.multipliedBy(i + 1).dividedBy(order.size() + 1));
      boolean answered = random.nextDouble() < 0.98;
      boolean right = answered && random.nextDouble() < skill;
      String chosen = right ? q.right() : wrong(q, random);
      List<String> shown = new ArrayList<>(q.choices());
      if (!q.trueFalse()) {
        Collections.shuffle(shown, random);
      }
      points += right ? 1 : 0;
      slots.add(
          s.ids().next("attempt_slots"),
          id,
          i + 1,
          q.versionId(),
          1.0,
          q.trueFalse() ? null : String.join(",", shown),
          answered ? "{\"choices\":[" + Json.string(chosen) + "]}" : null,
          answered ? 1L : 0L,
          answered ? Seeding.utc(saved) : null,
          false,
          right ? 1.0 : 0.0,
          right ? "Tepat." : null);
    }
    Instant submitted = start.plus(took);
    attempts.add(
        id,
        test.quizId(),
        userId,
        number,
        "SUBMITTED",
        Seeding.utc(start),
        Seeding.utc(start.plus(Duration.ofMinutes(test.minutes()))),
        Seeding.utc(submitted),
        false,
        points,
        (double) order.size(),
        false,
        2L);
    return new Outcome(submitted, points * 100 / order.size());
  }

  private static String wrong(Catalogue.Question q, Random random) {
    List<String> others = new ArrayList<>(q.choices());
    others.remove(q.right());
    return others.get(random.nextInt(others.size()));
  }
}
