package org.latih.evaluation.response.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.TimingKind;
import org.latih.course.cohort.api.Cohort;
import org.latih.evaluation.attendance.control.Attendances;
import org.latih.evaluation.form.control.FormCatalogue.Entry;
import org.latih.evaluation.plan.control.ActionPlans;
import org.latih.evaluation.plan.control.ActionPlans.Supervised;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.control.Caller;

/**
 * Who is asked to fill in which form, when, and about what: participants at course end (or N days
 * after, or per session attended); the direct supervisor named in a participant's action plan, N
 * days after that participant completed; a cohort's instructors and the region's organisers
 * (regional admins) once the cohort has ended (or N days after). A form assigned to courses or
 * cohorts is asked only there.
 */
@ApplicationScoped
@Transactional
public class Issuing {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** Organisers are asked about cohorts that ended within this many days, not the whole past. */
  static final int ORGANISER_WINDOW_DAYS = 365;

  @PersistenceContext EntityManager em;
  @Inject Attendances attendances;
  @Inject ActionPlans plans;
  @Inject Clock clock;

  /**
   * One occasion to answer a form: for a course, and about a session ({@code session-ID}), a
   * participant ({@code person-ID}) or a cohort ({@code cohort-ID}), or about the course itself.
   */
  public record Occasion(
      String course,
      String courseTitle,
      String about,
      String aboutLabel,
      Long cohortId,
      String cohort,
      String unitKerja) {}

  /**
   * What the caller is asked about, for any number of forms: their enrolments, the sessions they
   * attended, the people who named them supervisor and the cohorts they teach or organise are each
   * read once, when a form first needs them, instead of once per form.
   */
  public Asked askedOf(Caller caller) {
    return new Asked(caller);
  }

  /** One of the caller's enrolments, as an occasion needs it. */
  private record Enrolled(
      String course,
      String courseTitle,
      Long cohortId,
      String cohort,
      Instant completedAt,
      String unitKerja) {}

  /** The occasions of one caller; see {@link #askedOf}. */
  public final class Asked {

    private final Caller caller;
    private List<Enrolled> enrolled;
    private List<Attendances.AttendedSession> attended;
    private List<SupervisedOccasion> supervised;
    private List<Cohort> taught;
    private List<Cohort> organised;

    private Asked(Caller caller) {
      this.caller = caller;
    }

    public boolean inAudience(FormDefinition form) {
      return switch (form.audience()) {
        case PARTICIPANT -> true;
        case SUPERVISOR -> !supervised().isEmpty();
        case INSTRUCTOR -> caller.has(Role.INSTRUCTOR);
        case ORGANISER -> caller.hasAny(Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN);
      };
    }

    public List<Occasion> occasions(Entry entry) {
      FormDefinition form = entry.form();
      List<Occasion> all =
          switch (form.audience()) {
            case PARTICIPANT -> participant(form);
            case SUPERVISOR ->
                supervised().stream()
                    .filter(o -> o.completedAt() != null && due(o.completedAt(), form))
                    .map(SupervisedOccasion::occasion)
                    .toList();
            case INSTRUCTOR ->
                caller.has(Role.INSTRUCTOR) ? cohortOccasions(taught(), form) : List.of();
            case ORGANISER ->
                caller.hasAny(Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN)
                    ? cohortOccasions(organised(), form)
                    : List.of();
          };
      return all.stream().filter(o -> entry.appliesTo(o.course(), o.cohortId())).toList();
    }

    private List<Occasion> participant(FormDefinition form) {
      List<Occasion> out = new ArrayList<>();
      if (form.timing().kind() == TimingKind.PER_SESSION) {
        Map<String, Enrolled> byCourse = new HashMap<>();
        enrolled().forEach(e -> byCourse.put(e.course(), e));
        for (Attendances.AttendedSession s : attended()) {
          Enrolled e = byCourse.get(s.courseCode());
          out.add(
              new Occasion(
                  s.courseCode(),
                  s.courseTitle(),
                  "session-" + s.sessionId(),
                  s.sessionTitle() + " (" + s.date() + ")",
                  e == null ? null : e.cohortId(),
                  s.cohort(),
                  e == null ? null : e.unitKerja()));
        }
        return out;
      }
      for (Enrolled e : enrolled()) {
        if (e.completedAt() != null && due(e.completedAt(), form)) {
          out.add(
              new Occasion(
                  e.course(),
                  e.courseTitle(),
                  null,
                  null,
                  e.cohortId(),
                  e.cohort(),
                  e.unitKerja()));
        }
      }
      return out;
    }

    private List<Enrolled> enrolled() {
      if (enrolled == null) {
        enrolled =
            em
                .createQuery(
                    "SELECT c.code, c.title, k.id, k.name, e.completedAt, u.unitKerja"
                        + " FROM Enrolment e JOIN e.course c JOIN e.user u LEFT JOIN e.cohort k"
                        + " WHERE e.user.id = :userId ORDER BY e.enrolledAt DESC",
                    Object[].class)
                .setParameter("userId", caller.userId())
                .getResultList()
                .stream()
                .map(
                    r ->
                        new Enrolled(
                            (String) r[0],
                            (String) r[1],
                            (Long) r[2],
                            (String) r[3],
                            (Instant) r[4],
                            (String) r[5]))
                .toList();
      }
      return enrolled;
    }

    private List<Attendances.AttendedSession> attended() {
      if (attended == null) {
        attended = attendances.attendedBy(caller.userId());
      }
      return attended;
    }

    /** The people who named the caller supervisor, each with the cohort they took the course in. */
    private List<SupervisedOccasion> supervised() {
      if (supervised == null) {
        List<Supervised> named = plans.supervisedBy(caller.userId());
        // a participant enrolled without a cohort has none: the enrolment is joined, not its cohort
        Map<String, Object[]> cohorts = new HashMap<>();
        if (!named.isEmpty()) {
          em.createQuery(
                  "SELECT e.user.id, c.code, k.id, k.name FROM Enrolment e JOIN e.course c"
                      + " LEFT JOIN e.cohort k WHERE e.user.id IN :userIds",
                  Object[].class)
              .setParameter(
                  "userIds", named.stream().map(Supervised::participantId).distinct().toList())
              .getResultList()
              .forEach(r -> cohorts.put(r[0] + "|" + r[1], r));
        }
        supervised =
            named.stream()
                .map(
                    s -> {
                      Object[] cohort =
                          cohorts.getOrDefault(
                              s.participantId() + "|" + s.courseCode(), new Object[4]);
                      return new SupervisedOccasion(
                          s.completedAt(),
                          new Occasion(
                              s.courseCode(),
                              s.courseTitle(),
                              "person-" + s.participantId(),
                              s.participantName(),
                              (Long) cohort[2],
                              (String) cohort[3],
                              s.unitKerja()));
                    })
                .toList();
      }
      return supervised;
    }

    private List<Cohort> taught() {
      if (taught == null) {
        taught =
            withCourse(
                    em.createQuery(
                        "SELECT c FROM Cohort c JOIN c.instructors i WHERE i.id = :userId"
                            + " ORDER BY c.endsOn DESC",
                        Cohort.class))
                .setParameter("userId", caller.userId())
                .getResultList();
      }
      return taught;
    }

    private List<Cohort> organised() {
      if (organised == null) {
        LocalDate today = today();
        organised =
            withCourse(
                    em.createQuery(
                        "SELECT c FROM Cohort c WHERE c.region.id = :regionId"
                            + " AND c.endsOn >= :since AND c.endsOn <= :today"
                            + " ORDER BY c.endsOn DESC",
                        Cohort.class))
                .setParameter("regionId", caller.region().id())
                .setParameter("since", today.minusDays(ORGANISER_WINDOW_DAYS))
                .setParameter("today", today)
                .getResultList();
      }
      return organised;
    }
  }

  /** An occasion to answer about a participant, with when they completed the course. */
  private record SupervisedOccasion(Instant completedAt, Occasion occasion) {}

  private static <Q extends jakarta.persistence.Query> Q withCourse(Q query) {
    query.setHint("eclipselink.join-fetch", "c.course");
    query.setHint("eclipselink.left-join-fetch", "c.course.region");
    query.setHint("eclipselink.join-fetch", "c.region");
    return query;
  }

  /**
   * Staff answer about a cohort: once it ended (N days after for a follow-up form), or once it
   * started for a per-session form (sessions are the participants' to rate; staff rate the run).
   */
  private List<Occasion> cohortOccasions(List<Cohort> cohorts, FormDefinition form) {
    LocalDate today = today();
    List<Occasion> out = new ArrayList<>();
    for (Cohort c : cohorts) {
      LocalDate from =
          switch (form.timing().kind()) {
            case PER_SESSION -> c.startsOn();
            case COURSE_END -> c.endsOn();
            case AFTER_COMPLETION -> c.endsOn().plusDays(form.timing().daysAfter());
          };
      if (!from.isAfter(today)) {
        out.add(
            new Occasion(
                c.course().code(),
                c.course().title(),
                "cohort-" + c.id(),
                c.name(),
                c.id(),
                c.name(),
                null));
      }
    }
    return out;
  }

  private boolean due(Instant completedAt, FormDefinition form) {
    if (form.timing().kind() != TimingKind.AFTER_COMPLETION) {
      return true;
    }
    return !completedAt.plus(Duration.ofDays(form.timing().daysAfter())).isAfter(clock.instant());
  }

  private LocalDate today() {
    return clock.instant().atZone(WIB).toLocalDate();
  }
}
