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
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.TimingKind;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.api.LearnerEnrolments;
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
  @Inject LearnerEnrolments enrolments;
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

  /** Whether the caller is among the people the form is for. */
  public boolean inAudience(Caller caller, FormDefinition form) {
    return switch (form.audience()) {
      case PARTICIPANT -> true;
      case SUPERVISOR -> !plans.supervisedBy(caller.userId()).isEmpty();
      case INSTRUCTOR -> caller.has(Role.INSTRUCTOR);
      case ORGANISER -> caller.hasAny(Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN);
    };
  }

  /** Every occasion, answered or not, on which the caller is asked to fill in the form now. */
  public List<Occasion> occasions(Caller caller, Entry entry) {
    FormDefinition form = entry.form();
    List<Occasion> all =
        switch (form.audience()) {
          case PARTICIPANT -> participant(caller, form);
          case SUPERVISOR -> supervisor(caller, form);
          case INSTRUCTOR -> caller.has(Role.INSTRUCTOR) ? instructor(caller, form) : List.of();
          case ORGANISER ->
              caller.hasAny(Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN)
                  ? organiser(caller, form)
                  : List.of();
        };
    return all.stream().filter(o -> entry.appliesTo(o.course(), o.cohortId())).toList();
  }

  private List<Occasion> participant(Caller caller, FormDefinition form) {
    List<Occasion> out = new ArrayList<>();
    List<Enrolment> mine = enrolments.mine(caller);
    if (form.timing().kind() == TimingKind.PER_SESSION) {
      Map<String, Enrolment> byCourse = new HashMap<>();
      mine.forEach(e -> byCourse.put(e.course().code(), e));
      for (Attendances.AttendedSession s : attendances.attendedBy(caller.userId())) {
        Enrolment e = byCourse.get(s.courseCode());
        out.add(
            new Occasion(
                s.courseCode(),
                s.courseTitle(),
                "session-" + s.sessionId(),
                s.sessionTitle() + " (" + s.date() + ")",
                e == null || e.cohort() == null ? null : e.cohort().id(),
                s.cohort(),
                e == null ? null : e.user().profile().unitKerja()));
      }
      return out;
    }
    for (Enrolment e : mine) {
      if (e.completedAt() != null && due(e.completedAt(), form)) {
        out.add(
            new Occasion(
                e.course().code(),
                e.course().title(),
                null,
                null,
                e.cohort() == null ? null : e.cohort().id(),
                e.cohort() == null ? null : e.cohort().name(),
                e.user().profile().unitKerja()));
      }
    }
    return out;
  }

  private List<Occasion> supervisor(Caller caller, FormDefinition form) {
    List<Occasion> out = new ArrayList<>();
    for (Supervised s : plans.supervisedBy(caller.userId())) {
      if (s.completedAt() == null || !due(s.completedAt(), form)) {
        continue;
      }
      // a participant enrolled without a cohort has none: select the enrolment, not its cohort
      Cohort cohort =
          em.createQuery(
                  "SELECT e FROM Enrolment e WHERE e.user.id = :userId AND e.course.code = :code",
                  Enrolment.class)
              .setParameter("userId", s.participantId())
              .setParameter("code", s.courseCode())
              .getResultStream()
              .findFirst()
              .map(Enrolment::cohort)
              .orElse(null);
      out.add(
          new Occasion(
              s.courseCode(),
              s.courseTitle(),
              "person-" + s.participantId(),
              s.participantName(),
              cohort == null ? null : cohort.id(),
              cohort == null ? null : cohort.name(),
              s.unitKerja()));
    }
    return out;
  }

  private List<Occasion> instructor(Caller caller, FormDefinition form) {
    List<Cohort> taught =
        em.createQuery(
                "SELECT c FROM Cohort c JOIN c.instructors i WHERE i.id = :userId"
                    + " ORDER BY c.endsOn DESC",
                Cohort.class)
            .setParameter("userId", caller.userId())
            .getResultList();
    return cohortOccasions(taught, form);
  }

  private List<Occasion> organiser(Caller caller, FormDefinition form) {
    LocalDate today = today();
    List<Cohort> ended =
        em.createQuery(
                "SELECT c FROM Cohort c WHERE c.region.id = :regionId AND c.endsOn >= :since"
                    + " AND c.endsOn <= :today ORDER BY c.endsOn DESC",
                Cohort.class)
            .setParameter("regionId", caller.region().id())
            .setParameter("since", today.minusDays(ORGANISER_WINDOW_DAYS))
            .setParameter("today", today)
            .getResultList();
    return cohortOccasions(ended, form);
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

  /** Whether answers to this form are about something more than a course. */
  static boolean needsOccasion(FormDefinition form) {
    return form.audience() == Audience.SUPERVISOR;
  }
}
