package org.latih.testing.seed;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

/**
 * Action plans (rencana tindak lanjut) of about a third of the completions, naming the unit's head
 * as supervisor, with targets within the year after completion as ActionPlan requires; plans whose
 * last target passed a while ago are mostly followed up, with a verdict per action and a score.
 */
final class Plans {

  private static final List<String> STATUSES = List.of("BELUM", "SEBAGIAN", "TERLAKSANA");

  private final Seeding s;
  private final People people;
  private final Rows.Table plans;
  private final Rows.Table actions;

  Plans(Seeding s, People people) throws SQLException {
    this.s = s;
    this.people = people;
    this.plans =
        s.rows()
            .table(
                "action_plans",
                "id",
                "region_id",
                "participant_id",
                "course_id",
                "completed_at",
                "supervisor_id",
                "last_target_on",
                "written_at",
                "updated_at",
                "followed_up_at",
                "follow_up_changed_at",
                "overall_score",
                "follow_up_comment",
                "version");
    this.actions =
        s.rows()
            .table(
                "planned_actions",
                "id",
                "plan_id",
                "position_no",
                "description",
                "indicator_text",
                "target_on",
                "status",
                "note");
  }

  void maybeWrite(People.Person learner, Catalogue.Course course, Instant completed)
      throws SQLException {
    Random random = s.random();
    Instant written = completed.plusSeconds(2 * 86_400 + random.nextInt(86_400));
    if (random.nextDouble() >= 0.35 || written.isAfter(s.now())) {
      return;
    }
    LocalDate completedOn = completed.atZone(Seeding.WIB).toLocalDate();
    int count = 2 + random.nextInt(2);
    LocalDate last = completedOn.plusDays(30L + 45L * (count - 1));
    LocalDate followUpDay = last.plusDays(7 + random.nextInt(30));
    Instant followedUp = Seeding.at(followUpDay, LocalTime.of(10, 0));
    boolean judged = !followedUp.isAfter(s.now()) && random.nextDouble() < 0.7;
    long id = s.ids().next("action_plans");
    plans.add(
        id,
        s.regionId(),
        learner.id(),
        course.id(),
        Seeding.utc(completed),
        people.supervisorOf(learner).id(),
        last,
        Seeding.utc(written),
        Seeding.utc(written),
        judged ? Seeding.utc(followedUp) : null,
        judged ? Seeding.utc(followedUp) : null,
        judged ? 1 + random.nextInt(4) : null,
        judged ? "Sebagian besar rencana berjalan; lanjutkan pendampingan." : null,
        judged ? 2L : 1L);
    String[][] texts = {
      {"Menerapkan " + course.title() + " dalam tugas harian unit.", "Laporan bulanan ke atasan"},
      {"Berbagi materi " + course.title() + " dengan rekan satu unit.", "Notulen sesi berbagi"},
      {"Menyusun perbaikan SOP yang terkait.", "Draf SOP disetujui atasan"}
    };
    for (int a = 0; a < count; a++) {
      actions.add(
          s.ids().next("planned_actions"),
          id,
          a + 1,
          texts[a][0],
          texts[a][1],
          completedOn.plusDays(30L + 45L * a),
          judged ? STATUSES.get(random.nextInt(STATUSES.size())) : null,
          judged && a == 0 ? "Sudah dimulai." : null);
    }
  }
}
