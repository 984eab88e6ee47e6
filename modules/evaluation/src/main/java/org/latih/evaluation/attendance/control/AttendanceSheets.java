package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.latih.evaluation.attendance.entity.Absence;
import org.latih.evaluation.attendance.entity.AttendanceChangedException;
import org.latih.evaluation.attendance.entity.AttendanceRecord;
import org.latih.evaluation.attendance.entity.CohortSession;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * A session's attendance sheet: every participant enrolled in the cohort, present, absent or not
 * yet recorded; and recording the whole sheet at once. Recording is idempotent: the stored sheet
 * becomes exactly the list sent, so sending it again changes nothing and leaving someone out clears
 * their record.
 */
@ApplicationScoped
@Transactional
public class AttendanceSheets {

  @PersistenceContext EntityManager em;
  @Inject CohortAccess access;
  @Inject Clock clock;

  /**
   * One participant on the sheet; {@code present} is null while not recorded, {@code absence} is
   * the reason of an absence when one was given.
   */
  public record Line(String nip, String name, String unitKerja, Boolean present, Absence absence) {}

  public record Sheet(CohortSession session, boolean canRecord, List<Line> lines) {}

  /** One participant as recorded: by NIP, present or not, and why not (optional). */
  public record Mark(String nip, Boolean present, String absence) {}

  /** What is recorded of one participant. */
  private record Status(boolean present, Absence absence) {}

  public Sheet sheet(Caller caller, long sessionId) {
    CohortSession session = access.session(sessionId);
    access.ensureReads(caller, session.cohort());
    return sheetOf(caller, session);
  }

  public Sheet record(Caller caller, long sessionId, List<Mark> marks) {
    CohortSession session = access.session(sessionId);
    access.ensureRecords(caller, session.cohort());
    Map<String, Long> enrolled = new HashMap<>();
    for (Participant p : participants(session)) {
      enrolled.put(p.nip(), p.userId());
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<Long, Status> wanted = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<Mark> given = marks == null ? List.of() : marks;
    for (int i = 0; i < given.size(); i++) {
      Mark mark = given.get(i);
      String field = "records[" + i + "]";
      String nip = mark == null || mark.nip() == null ? "" : mark.nip().strip();
      if (nip.isEmpty()) {
        problems.add(new FieldProblem(field + ".nip", "attendance.nipMissing", i + 1));
      } else if (!enrolled.containsKey(nip)) {
        problems.add(
            new FieldProblem(
                field + ".nip", "attendance.notEnrolled", nip, session.cohort().name()));
      } else if (!seen.add(nip)) {
        problems.add(new FieldProblem(field + ".nip", "attendance.twice", nip));
      } else if (mark.present() == null) {
        problems.add(new FieldProblem(field + ".present", "attendance.presentMissing", nip));
      } else {
        Optional<Absence> absence = Absence.parse(mark.absence());
        boolean named = mark.absence() != null && !mark.absence().isBlank();
        if (named && absence.isEmpty()) {
          problems.add(
              new FieldProblem(field + ".absence", "attendance.absenceUnknown", mark.absence()));
        } else if (named && mark.present()) {
          problems.add(new FieldProblem(field + ".absence", "attendance.absencePresent", nip));
        } else {
          wanted.put(enrolled.get(nip), new Status(mark.present(), absence.orElse(null)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    for (AttendanceRecord r : records(session)) {
      Status status = wanted.remove(r.user().id());
      if (status == null) {
        em.remove(r);
      } else if (!status.equals(new Status(r.present(), r.absence()))) {
        r.mark(status.present(), status.absence(), caller.userId(), now);
      }
    }
    wanted.forEach(
        (userId, status) ->
            em.persist(
                new AttendanceRecord(
                    session,
                    em.getReference(User.class, userId),
                    status.present(),
                    status.absence(),
                    caller.userId(),
                    now)));
    try {
      em.flush();
    } catch (PersistenceException e) {
      // someone else saved this sheet at the same moment: the unique (session, participant) row
      // refused the second copy; this whole recording rolls back and can simply be sent again
      throw new AttendanceChangedException(session.title());
    }
    return sheetOf(caller, session);
  }

  private Sheet sheetOf(Caller caller, CohortSession session) {
    Map<Long, Status> recorded = new HashMap<>();
    em.createQuery(
            "SELECT r.user.id, r.present, r.absence FROM AttendanceRecord r"
                + " WHERE r.session.id = :sessionId",
            Object[].class)
        .setParameter("sessionId", session.id())
        .getResultList()
        .forEach(
            row -> recorded.put((Long) row[0], new Status((Boolean) row[1], (Absence) row[2])));
    List<Line> lines =
        participants(session).stream()
            .map(
                p -> {
                  Status status = recorded.get(p.userId());
                  return new Line(
                      p.nip(),
                      p.name(),
                      p.unitKerja(),
                      status == null ? null : status.present(),
                      status == null ? null : status.absence());
                })
            .toList();
    return new Sheet(session, access.records(caller, session.cohort()), lines);
  }

  /** Someone enrolled in the session's cohort, as the sheet names them. */
  private record Participant(Long userId, String nip, String name, String unitKerja) {}

  private List<Participant> participants(CohortSession session) {
    return em
        .createQuery(
            "SELECT u.id, u.username, u.name, u.unitKerja FROM Enrolment e JOIN e.user u"
                + " WHERE e.cohort.id = :cohortId ORDER BY u.name, e.id",
            Object[].class)
        .setParameter("cohortId", session.cohort().id())
        .getResultList()
        .stream()
        .map(r -> new Participant((Long) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  private List<AttendanceRecord> records(CohortSession session) {
    return em.createNamedQuery(AttendanceRecord.OF_SESSION, AttendanceRecord.class)
        .setParameter("sessionId", session.id())
        .setHint("eclipselink.join-fetch", "r.user")
        .getResultList();
  }
}
