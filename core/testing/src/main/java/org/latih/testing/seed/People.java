package org.latih.testing.seed;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The region's ASN: learners spread over the unit kerja, the first two of each unit its heads (who
 * act as supervisors in action plans), then instructors, an evaluator and a regional admin. Every
 * one is an ASN whose username is their NIP, as the app makes them; all share one password hash.
 */
final class People {

  /** One person as the rest of the seed needs them. */
  record Person(long id, String nip, String name, int unit) {}

  final List<Person> learners = new ArrayList<>();
  final List<Person> instructors = new ArrayList<>();
  Person admin;
  Person evaluator;

  private final Seeding s;
  private final int run;

  private People(Seeding s, int run) {
    this.s = s;
    this.run = run;
  }

  static People write(Seeding s, Set<String> takenNips) throws SQLException {
    int staff = staffCount(s.size());
    People people = new People(s, freeRun(s.size().asn() + staff, takenNips));
    people.insert(staff);
    return people;
  }

  private static int staffCount(RegionSeed.Size size) {
    return Math.max(2, size.courses() / 3) + 2;
  }

  /**
   * The NIP of the n-th person of a run: a birth date from 1966 on, appointed 2001-2020, gender,
   * and the run number as the three-digit sequence, so runs never share a NIP and every part passes
   * the app's NIP check.
   */
  static String nip(int run, int n) {
    LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(n % 9000);
    int appointedYear = 2001 + (n / 9000) % 20;
    int appointedMonth = 1 + n % 12;
    int gender = 1 + (n / 12) % 2;
    return birth.format(DateTimeFormatter.BASIC_ISO_DATE)
        + appointedYear
        + String.format("%02d", appointedMonth)
        + gender
        + String.format("%03d", run);
  }

  /** The first run number none of whose NIPs is in use already. */
  private static int freeRun(int people, Set<String> taken) {
    for (int run = 1; run < 1000; run++) {
      boolean free = true;
      for (int n = 0; n < people && free; n++) {
        free = !taken.contains(nip(run, n));
      }
      if (free) {
        return run;
      }
    }
    throw new IllegalStateException("every NIP run number is in use: seed into a fresh database");
  }

  private void insert(int staff) throws SQLException {
    Rows.Table users =
        s.rows()
            .table(
                "users",
                "id",
                "username",
                "nip",
                "name",
                "instansi",
                "unit_kerja",
                "jabatan",
                "golongan",
                "region_id",
                "password_hash",
                "active",
                "created_at",
                "updated_at",
                "version");
    Rows.Table roles = s.rows().table("user_roles", "user_id", "role");
    int asn = s.size().asn();
    int units = s.size().unitKerja();
    for (int n = 0; n < asn + staff; n++) {
      int unit = n % units;
      boolean head = n < asn && n < 2 * units;
      String role =
          n < asn
              ? "LEARNER"
              : n == asn ? "REGIONAL_ADMIN" : n == asn + 1 ? "EVALUATOR" : "INSTRUCTOR";
      String post =
          switch (role) {
            case "REGIONAL_ADMIN" -> "Analis Pengembangan Kompetensi";
            case "EVALUATOR" -> "Widyaiswara";
            case "INSTRUCTOR" -> "Widyaiswara";
            default ->
                head
                    ? (n < units ? "Kepala " : "Sekretaris ") + Words.nth(Words.UNITS, unit)
                    : Words.POSTS.get(n % Words.POSTS.size());
          };
      Person person = new Person(s.ids().next("users"), nip(run, n), Words.person(n), unit);
      OffsetDateTime created = Seeding.utc(s.start().minus(Duration.ofDays(60 + n % 30)));
      users.add(
          person.id(),
          person.nip(),
          person.nip(),
          person.name(),
          "Pemerintah " + s.regionName(),
          Words.nth(Words.UNITS, unit),
          post,
          head ? "IV/a" : Words.GRADES.get(n % Words.GRADES.size()),
          s.regionId(),
          s.options().passwordHash(),
          true,
          created,
          created,
          1L);
      roles.add(person.id(), role);
      switch (role) {
        case "LEARNER" -> learners.add(person);
        case "REGIONAL_ADMIN" -> admin = person;
        case "EVALUATOR" -> evaluator = person;
        default -> instructors.add(person);
      }
    }
    s.rows().flush();
  }

  /** The unit's head, or its secretary when the head is the one being supervised. */
  Person supervisorOf(Person learner) {
    Person head = learners.get(learner.unit());
    return head.id() == learner.id() ? learners.get(s.size().unitKerja() + learner.unit()) : head;
  }
}
