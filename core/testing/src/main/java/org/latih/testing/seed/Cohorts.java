package org.latih.testing.seed;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Two cohorts (angkatan) of every course in every year, each two weeks long with an instructor and
 * three sessions: a classroom opening, a workshop and a closing webinar. Cohorts of this year may
 * still be running or yet to start; their learners have done only what lies before today.
 */
final class Cohorts {

  static final int PER_YEAR = 2;
  static final int DAYS = 14;
  private static final String[] NUMERALS = {"I", "II", "III", "IV"};

  /** One session of a cohort. */
  record Session(long id, LocalDate day, LocalTime startsAt) {}

  /** One cohort as enrolments and attendance need it. */
  record Cohort(
      long id,
      int course,
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      long instructorId,
      List<Session> sessions) {}

  private Cohorts() {}

  /** The cohort a learner of {@code course} joins in the {@code year}-th year, {@code k}-th run. */
  static int index(RegionSeed.Size size, int course, int year, int k) {
    return (course * size.years() + year) * PER_YEAR + k;
  }

  static int count(RegionSeed.Size size) {
    return size.courses() * size.years() * PER_YEAR;
  }

  /**
   * Writes every cohort with seats for the learners planned into it ({@code learners[i]} for cohort
   * i), and returns them by index.
   */
  static List<Cohort> write(
      Seeding s, Catalogue catalogue, List<People.Person> instructors, int[] learners)
      throws SQLException {
    Rows rows = s.rows();
    Rows.Table cohorts =
        rows.table(
            "cohorts",
            "id",
            "course_id",
            "region_id",
            "name",
            "starts_on",
            "ends_on",
            "capacity",
            "self_enrolment");
    Rows.Table teachers = rows.table("cohort_instructors", "cohort_id", "user_id");
    Rows.Table sessions =
        rows.table(
            "cohort_sessions",
            "id",
            "cohort_id",
            "title",
            "held_on",
            "starts_at",
            "delivery_mode",
            "place",
            "created_at",
            "version");
    List<Cohort> out = new ArrayList<>();
    RegionSeed.Size size = s.size();
    for (int c = 0; c < size.courses(); c++) {
      Catalogue.Course course = catalogue.courses.get(c);
      for (int y = 0; y < size.years(); y++) {
        for (int k = 0; k < PER_YEAR; k++) {
          int index = index(size, c, y, k);
          int year = s.firstYear() + y;
          LocalDate start = LocalDate.of(year, 2 + (c * 3 + k * 5) % 10, 1 + (c * 7 + k * 11) % 20);
          LocalDate end = start.plusDays(DAYS - 1);
          String name = "Angkatan " + NUMERALS[k] + " " + year;
          long id = s.ids().next("cohorts");
          // the app refuses more than 10,000 seats; seats already taken are never checked again
          int capacity = Math.min(10_000, Math.max(20, learners[index] + learners[index] / 10));
          cohorts.add(id, course.id(), s.regionId(), name, start, end, capacity, true);
          long instructor = instructors.get((c + y + k) % instructors.size()).id();
          teachers.add(id, instructor);
          List<Session> held = new ArrayList<>();
          Object[][] plan = {
            {"Pembukaan dan materi dasar", start, LocalTime.of(8, 0), "classroom", "Aula BKPSDM"},
            {"Workshop penerapan", start.plusDays(DAYS / 2), LocalTime.of(9, 0), "workshop", null},
            {"Webinar penutup", end, LocalTime.of(13, 0), "webinar", null}
          };
          for (Object[] p : plan) {
            long sessionId = s.ids().next("cohort_sessions");
            sessions.add(
                sessionId,
                id,
                p[0],
                p[1],
                p[2],
                p[3],
                p[4],
                Seeding.utc(Seeding.at(start, LocalTime.of(10, 0)).minus(Duration.ofDays(14))),
                1L);
            held.add(new Session(sessionId, (LocalDate) p[1], (LocalTime) p[2]));
          }
          out.add(new Cohort(id, c, name, start, end, instructor, List.copyOf(held)));
        }
      }
    }
    rows.flush();
    return out;
  }
}
