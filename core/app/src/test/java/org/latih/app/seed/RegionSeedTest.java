package org.latih.app.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.Section;
import org.latih.assessment.question.entity.Grade;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionJson;
import org.latih.assessment.question.entity.Response;
import org.latih.evaluation.form.entity.FormJson;
import org.latih.evaluation.plan.entity.ActionPlan;
import org.latih.evaluation.response.control.AnswersJson;
import org.latih.kernel.identity.user.entity.Nip;
import org.latih.kernel.persistence.Migrations;
import org.latih.kernel.persistence.UrlDataSource;
import org.latih.kernel.security.control.PasswordHash;
import org.latih.testing.seed.RegionSeed;

/**
 * The seeded data is data the app can read: every stored format goes back through the parser of the
 * module that owns it (NIPs, password hashes, question content, answers and their grades, form
 * definitions and answers, action plan dates), the exam takers can start the exam, and a second run
 * into the same database takes new names and ids. On an in-memory H2 whose schema the app's own
 * migrations made; SeedRegionIT reads seeded data through the running server.
 */
class RegionSeedTest {

  private static final String URL = "jdbc:h2:mem:region-seed;DB_CLOSE_DELAY=-1";
  private static final String PASSWORD = "Seed-Test-Password-1";
  private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

  /** Small, so the build stays quick: about 700 enrolments a run. */
  private static final RegionSeed.Size SIZE = new RegionSeed.Size(150, 5, 4, 3, 20);

  private static RegionSeed.Result first;
  private static RegionSeed.Result second;

  @BeforeAll
  static void seedTwice() throws SQLException {
    UrlDataSource dataSource = new UrlDataSource();
    dataSource.setUrl(URL);
    Migrations.applyAll(dataSource);
    String hash = new PasswordHash(1_000).hash(PASSWORD.toCharArray());
    RegionSeed.Options options =
        new RegionSeed.Options("kupang", null, SIZE, hash, "test-key", NOW, 2026);
    try (Connection c = RegionSeed.open(URL, null, null)) {
      first = RegionSeed.seed(c, options, line -> {});
      // a row written without the sequence, as an old import or a restore may have left one
      try (Statement st = c.createStatement()) {
        st.execute(
            "INSERT INTO regions (id, code, name, type)"
                + " VALUES (1000000, 'restored', 'Kota Dipulihkan', 'KOTA')");
      }
      second =
          RegionSeed.seed(
              c,
              new RegionSeed.Options("seed-test-region", null, SIZE, hash, "test-key", NOW, 7),
              line -> {});
    }
  }

  @Test
  void usersAreAsnWithValidNipsWhoSignInWithTheSharedPassword() throws SQLException {
    Set<String> usernames = new HashSet<>();
    PasswordHash hashes = new PasswordHash(1_000);
    query(
        "SELECT username, nip, password_hash FROM users",
        rs -> {
          assertEquals(rs.getString(1), Nip.of(rs.getString(2)).value());
          assertTrue(hashes.verify(PASSWORD.toCharArray(), rs.getString(3)));
          usernames.add(rs.getString(1));
        });
    assertEquals(2 * (SIZE.asn() + 4), usernames.size());
    assertTrue(usernames.containsAll(first.learners()) && usernames.containsAll(second.learners()));
  }

  @Test
  void everyAnswerIsGradedAsTheAppGradesIt() throws SQLException {
    Map<Long, QuestionContent> contents = new HashMap<>();
    query(
        "SELECT id, content FROM question_versions",
        rs -> contents.put(rs.getLong(1), QuestionJson.read(rs.getString(2))));
    int[] answered = {0};
    query(
        "SELECT question_version_id, response, fraction, feedback FROM attempt_slots",
        rs -> {
          String json = rs.getString(2);
          Response response = json == null ? Response.EMPTY : QuestionJson.readResponse(json);
          Grade grade = contents.get(rs.getLong(1)).grade(response);
          assertEquals(grade.fraction(), rs.getDouble(3));
          assertEquals(grade.feedback(), rs.getString(4));
          answered[0] += json == null ? 0 : 1;
        });
    assertTrue(answered[0] > 5_000, "answers: " + answered[0]);
    query(
        "SELECT a.points, a.max_points, SUM(s.fraction * s.mark), COUNT(*) FROM attempts a"
            + " JOIN attempt_slots s ON s.attempt_id = a.id GROUP BY a.id, a.points, a.max_points",
        rs -> {
          assertEquals(rs.getDouble(3), rs.getDouble(1), 1e-9);
          assertEquals(rs.getInt(4), rs.getDouble(2));
        });
  }

  @Test
  void postTestsScoreHigherThanPreTestsOnAverage() throws SQLException {
    Map<String, Double> mean = new HashMap<>();
    query(
        "SELECT q.kind, AVG(a.points * 100 / a.max_points) FROM attempts a"
            + " JOIN quizzes q ON q.id = a.quiz_id GROUP BY q.kind",
        rs -> mean.put(rs.getString(1), rs.getDouble(2)));
    assertTrue(mean.get("POST_TEST") > mean.get("PRE_TEST") + 20, mean.toString());
  }

  @Test
  void aCompletionHasAllLessonsAPassedPostTestAndItsJp() throws SQLException {
    int[] completions = {0};
    query(
        "SELECT e.id, e.user_id, e.course_id, e.completed_at,"
            + " (SELECT COUNT(*) FROM lesson_progress p WHERE p.enrolment_id = e.id"
            + "   AND p.finished_at IS NOT NULL),"
            + " (SELECT COUNT(*) FROM lessons l JOIN course_modules m ON m.id = l.module_id"
            + "   WHERE m.course_id = e.course_id),"
            + " (SELECT MAX(a.points * 100 / a.max_points) FROM attempts a"
            + "   JOIN quizzes q ON q.id = a.quiz_id"
            + "   WHERE q.course_id = e.course_id AND q.kind = 'POST_TEST' AND a.user_id = e.user_id),"
            + " (SELECT COUNT(*) FROM jp_credits j"
            + "   WHERE j.user_id = e.user_id AND j.course_id = e.course_id)"
            + " FROM enrolments e",
        rs -> {
          boolean completed = rs.getObject(4) != null;
          assertEquals(completed ? 1 : 0, rs.getInt(8), "JP credit of enrolment " + rs.getLong(1));
          if (completed) {
            completions[0]++;
            assertEquals(rs.getInt(6), rs.getInt(5));
            assertTrue(rs.getDouble(7) >= 70);
          }
        });
    assertTrue(completions[0] > 500, "completions: " + completions[0]);
  }

  @Test
  void lessonsOpenOnlyAfterThePreTestIsIn() throws SQLException {
    String preTest =
        " FROM lesson_progress p JOIN enrolments e ON e.id = p.enrolment_id"
            + " JOIN quizzes q ON q.course_id = e.course_id AND q.kind = 'PRE_TEST'"
            + " LEFT JOIN attempts a ON a.quiz_id = q.id AND a.user_id = e.user_id";
    query(
        "SELECT COUNT(*)" + preTest + " WHERE a.id IS NULL OR p.viewed_at < a.submitted_at",
        rs -> assertEquals(0, rs.getInt(1)));
  }

  @Test
  void examTakersHaveEverythingButThePostTestBehindThem() throws SQLException {
    int[] takers = {0};
    query(
        "SELECT u.username,"
            + " (SELECT COUNT(*) FROM lesson_progress p WHERE p.enrolment_id = e.id"
            + "   AND p.finished_at IS NOT NULL),"
            + " (SELECT COUNT(*) FROM attempts a JOIN quizzes q ON q.id = a.quiz_id"
            + "   WHERE q.course_id = c.id AND a.user_id = u.id AND q.kind = 'PRE_TEST'"
            + "   AND a.state = 'SUBMITTED'),"
            + " (SELECT COUNT(*) FROM attempts a JOIN quizzes q ON q.id = a.quiz_id"
            + "   WHERE q.course_id = c.id AND a.user_id = u.id AND q.kind = 'POST_TEST'),"
            + " (SELECT COUNT(*) FROM quiz_questions x JOIN quizzes q ON q.id = x.quiz_id"
            + "   WHERE q.course_id = c.id AND q.kind = 'POST_TEST')"
            + " FROM enrolments e JOIN courses c ON c.id = e.course_id"
            + " JOIN users u ON u.id = e.user_id WHERE c.code = 'ujian-bench'",
        rs -> {
          takers[0]++;
          assertTrue(first.learners().subList(0, SIZE.examTakers()).contains(rs.getString(1)));
          assertEquals(3, rs.getInt(2));
          assertEquals(1, rs.getInt(3));
          assertEquals(0, rs.getInt(4));
          assertEquals(40, rs.getInt(5));
        });
    assertEquals(SIZE.examTakers(), takers[0]);
    assertEquals("ujian-bench", first.examCourse());
  }

  @Test
  void formAnswersAnswerTheFormsTheyClaim() throws SQLException {
    Map<String, FormDefinition> forms = new HashMap<>();
    query(
        "SELECT form_key, definition FROM custom_forms",
        rs -> forms.put(rs.getString(1), FormJson.read(rs.getString(2))));
    assertEquals(Set.of("bench-reaksi-peserta", "bench2-reaksi-peserta"), forms.keySet());
    int[] answers = {0};
    query(
        "SELECT form_id, answers FROM form_responses WHERE plugin_id = 'local'",
        rs -> {
          Map<String, Item> items = new HashMap<>();
          for (Section s : forms.get(rs.getString(1)).sections()) {
            s.items().forEach(i -> items.put(i.id(), i));
          }
          AnswersJson.read(rs.getString(2))
              .forEach(
                  (id, value) -> {
                    Item item = items.get(id);
                    switch (item.kind()) {
                      case LIKERT, RATING -> {
                        int point = Integer.parseInt(value);
                        assertTrue(point >= item.scaleMin() && point <= item.scaleMax());
                      }
                      case SINGLE_CHOICE -> assertTrue(item.options().contains(value));
                      default -> assertTrue(!value.isBlank());
                    }
                  });
          answers[0]++;
        });
    assertTrue(answers[0] > 300, "answers: " + answers[0]);
  }

  @Test
  void actionPlansTargetTheYearAfterCompletionAndNameAnotherPersonAsSupervisor()
      throws SQLException {
    query(
        "SELECT p.completed_at, a.target_on, p.participant_id, p.supervisor_id"
            + " FROM action_plans p JOIN planned_actions a ON a.plan_id = p.id",
        rs -> {
          LocalDate completed =
              rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(ActionPlan.WIB).toLocalDate();
          LocalDate target = rs.getObject(2, LocalDate.class);
          assertTrue(target.isAfter(completed));
          assertTrue(!target.isAfter(ActionPlan.latestTarget(completed)));
          assertNotEquals(rs.getLong(3), rs.getLong(4));
        });
  }

  @Test
  void everySequenceIsPastTheIdsWritten() throws SQLException {
    for (String table :
        List.of("users", "courses", "enrolments", "attempts", "attempt_slots", "form_responses")) {
      long[] max = {0};
      query("SELECT MAX(id) FROM " + table, rs -> max[0] = rs.getLong(1));
      query(
          "SELECT NEXT VALUE FOR " + table + "_seq",
          rs -> assertTrue(rs.getLong(1) - 50 >= max[0], table));
    }
  }

  @Test
  void idsSkipRowsWrittenPastTheSequence() {
    assertTrue(second.regionId() > 1_000_000, "region id " + second.regionId());
  }

  @Test
  void aSecondRunTakesTheNextPrefixAndItsOwnRegion() {
    assertEquals("bench", first.prefix());
    assertEquals("bench2", second.prefix());
    assertEquals("bench2-ujian", second.examCourse());
    assertNotEquals(first.regionId(), second.regionId());
  }

  private interface Row {
    void check(ResultSet rs) throws SQLException;
  }

  private static void query(String sql, Row row) throws SQLException {
    try (Connection c = RegionSeed.open(URL, null, null);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        row.check(rs);
      }
    }
  }
}
