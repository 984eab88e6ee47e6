package org.latih.testing.seed;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Every learner's way through their courses, written learner by learner: enrolment in a cohort, the
 * pre-test, lessons opened and finished, post-test attempts until one passes (at most three),
 * completion with its JP, attendance at the cohort's sessions, and the evaluation answers and
 * action plan that follow a completion. Nothing dated after "now" happens, so this year's cohorts
 * are left part-way. The exam course's takers are left ready to start its post-test.
 */
final class Journeys {

  private final Seeding s;
  private final People people;
  private final Catalogue catalogue;
  private final List<Cohorts.Cohort> cohorts;
  private final Attempts attempts;
  private final Forms forms;
  private final Plans plans;
  private final Rows.Table enrolments;
  private final Rows.Table progress;
  private final Rows.Table credits;
  private final Rows.Table attendance;

  Journeys(Seeding s, People people, Catalogue catalogue, List<Cohorts.Cohort> cohorts, Forms forms)
      throws SQLException {
    this.s = s;
    this.people = people;
    this.catalogue = catalogue;
    this.cohorts = cohorts;
    this.forms = forms;
    Rows rows = s.rows();
    this.enrolments =
        rows.table(
            "enrolments",
            "id",
            "user_id",
            "course_id",
            "cohort_id",
            "enrolled_at",
            "completed_at",
            "version");
    this.progress =
        rows.table(
            "lesson_progress", "id", "enrolment_id", "lesson_key", "viewed_at", "finished_at");
    this.attempts = new Attempts(s);
    this.credits =
        rows.table("jp_credits", "id", "user_id", "course_id", "credit_year", "jp", "credited_at");
    this.attendance =
        rows.table(
            "attendance_records",
            "id",
            "session_id",
            "user_id",
            "present",
            "recorded_by",
            "recorded_at");
    this.plans = new Plans(s, people);
  }

  /**
   * Which cohorts each learner joins: most take 3 to 8 courses, a few only one or two, each in a
   * random year and run. Planned before any cohort is written, so cohorts get seats for them.
   */
  static int[][] plan(RegionSeed.Size size, Random random) {
    int[][] plan = new int[size.asn()][];
    List<Integer> courses = new ArrayList<>();
    for (int c = 0; c < size.courses(); c++) {
      courses.add(c);
    }
    for (int n = 0; n < size.asn(); n++) {
      int count = random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 3 + random.nextInt(6);
      Collections.shuffle(courses, random);
      plan[n] = new int[Math.min(count, courses.size())];
      for (int i = 0; i < plan[n].length; i++) {
        int year = random.nextInt(size.years());
        plan[n][i] = Cohorts.index(size, courses.get(i), year, random.nextInt(Cohorts.PER_YEAR));
      }
    }
    return plan;
  }

  void write(int[][] plan, Consumer<String> progressReport) throws SQLException {
    int asn = plan.length;
    for (int n = 0; n < asn; n++) {
      People.Person learner = people.learners.get(n);
      // how much of a test a learner knows before a course; the course adds about a third
      double skill = 0.3 + s.random().nextDouble() * 0.35;
      for (int index : plan[n]) {
        enrol(learner, cohorts.get(index), skill);
      }
      if (n < s.size().examTakers()) {
        readyForExam(learner, skill);
      }
      s.rows().checkpoint();
      if ((n + 1) % 1000 == 0 && n + 1 < asn) {
        progressReport.accept("  learners " + (n + 1) + " of " + asn);
      }
    }
    s.rows().flush();
  }

  private void enrol(People.Person learner, Cohorts.Cohort cohort, double skill)
      throws SQLException {
    Random random = s.random();
    Catalogue.Course course = catalogue.courses.get(cohort.course());
    Instant now = s.now();
    Instant enrolled =
        min(
            Seeding.at(cohort.startsOn().minusDays(3 + random.nextInt(10)), LocalTime.of(9, 0))
                .plusSeconds(random.nextInt(8 * 3600)),
            now.minusSeconds(3600));
    long id = s.ids().next("enrolments");
    Instant preAt =
        Seeding.at(cohort.startsOn(), LocalTime.of(8, 30)).plusSeconds(random.nextInt(7200));
    boolean takesPre = random.nextDouble() < 0.97 && preAt.plus(Duration.ofHours(1)).isBefore(now);
    boolean dropout = random.nextDouble() < 0.12;
    Instant completed = null;
    List<Object[]> lessons = new ArrayList<>();
    if (takesPre) {
      Instant open = attempts.submitted(learner.id(), course.pre(), 1, preAt, skill).submittedAt();
      int done = dropout ? random.nextInt(course.lessonKeys().size()) : course.lessonKeys().size();
      completed = lessons(learner, skill, course, cohort, open, done, lessons);
    }
    enrolments.add(
        id,
        learner.id(),
        course.id(),
        cohort.id(),
        Seeding.utc(enrolled),
        Seeding.utc(completed),
        completed == null ? 1L : 2L);
    for (Object[] row : lessons) {
      progress.add(s.ids().next("lesson_progress"), id, row[0], row[1], row[2]);
    }
    attend(learner, cohort, dropout || !takesPre, random);
    if (completed != null) {
      credits.add(
          s.ids().next("jp_credits"),
          learner.id(),
          course.id(),
          completed.atZone(Seeding.WIB).getYear(),
          course.jp(),
          Seeding.utc(completed));
      forms.answer(learner, course.code(), cohort.name(), completed);
      plans.maybeWrite(learner, course, completed);
    }
  }

  /**
   * Lessons spread over the cohort's days, the first once the pre-test that opens them is in
   * ({@code open}), {@code done} of them finished (a drop-out opens the next and stops), then
   * post-test attempts if all are done; returns the completion or null.
   */
  private Instant lessons(
      People.Person learner,
      double skill,
      Catalogue.Course course,
      Cohorts.Cohort cohort,
      Instant open,
      int done,
      List<Object[]> rows)
      throws SQLException {
    Random random = s.random();
    List<String> keys = course.lessonKeys();
    for (int l = 0; l < keys.size() && l <= done; l++) {
      Instant viewed =
          Seeding.at(
                  cohort.startsOn().plusDays(l * (Cohorts.DAYS - 2L) / keys.size()),
                  LocalTime.of(10, 0))
              .plusSeconds(random.nextInt(5 * 3600));
      if (l == 0 && viewed.isBefore(open)) {
        viewed = open.plusSeconds(300);
      }
      if (viewed.isAfter(s.now())) {
        return null;
      }
      Instant finished = viewed.plusSeconds(1200 + random.nextInt(2400));
      boolean finishes = l < done && !finished.isAfter(s.now());
      rows.add(
          new Object[] {keys.get(l), Seeding.utc(viewed), finishes ? Seeding.utc(finished) : null});
      if (!finishes) {
        return null;
      }
    }
    Instant start =
        Seeding.at(cohort.endsOn().minusDays(1), LocalTime.of(9, 0))
            .plusSeconds(random.nextInt(4 * 3600));
    double after = Math.min(0.97, skill + 0.25 + random.nextDouble() * 0.15);
    for (int number = 1; number <= 3; number++) {
      if (start.plus(Duration.ofHours(1)).isAfter(s.now())) {
        return null;
      }
      Attempts.Outcome outcome =
          attempts.submitted(learner.id(), course.post(), number, start, after);
      if (outcome.percent() >= 70) {
        return outcome.submittedAt();
      }
      start = start.plus(Duration.ofDays(1));
      after = Math.min(0.97, after + 0.1);
    }
    return null;
  }

  private void attend(People.Person learner, Cohorts.Cohort cohort, boolean patchy, Random random)
      throws SQLException {
    for (Cohorts.Session session : cohort.sessions()) {
      Instant recorded = Seeding.at(session.day(), LocalTime.of(16, 0));
      if (recorded.isAfter(s.now())) {
        return;
      }
      attendance.add(
          s.ids().next("attendance_records"),
          session.id(),
          learner.id(),
          random.nextDouble() < (patchy ? 0.5 : 0.93),
          cohort.instructorId(),
          Seeding.utc(recorded));
    }
  }

  /**
   * Enrolled three days ago, every lesson finished and the pre-test submitted: the post-test is
   * next.
   */
  private void readyForExam(People.Person learner, double skill) throws SQLException {
    Catalogue.Course exam = catalogue.exam;
    Instant enrolled = s.now().minus(Duration.ofDays(3));
    long id = s.ids().next("enrolments");
    enrolments.add(id, learner.id(), exam.id(), null, Seeding.utc(enrolled), null, 1L);
    Instant preAt = enrolled.plus(Duration.ofHours(2));
    attempts.submitted(learner.id(), exam.pre(), 1, preAt, skill);
    Instant at = preAt.plus(Duration.ofHours(1));
    for (String key : exam.lessonKeys()) {
      progress.add(
          s.ids().next("lesson_progress"),
          id,
          key,
          Seeding.utc(at),
          Seeding.utc(at.plus(Duration.ofMinutes(25))));
      at = at.plus(Duration.ofMinutes(30));
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
