package org.latih.report.transcript.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;
import org.latih.report.certificate.control.Staff;

/**
 * Transcripts from the course module's JP credits (read by entity name, as the course module keeps
 * them private) and the certificates issued for them: three statements whatever the number of
 * courses. The yearly target comes from {@code latih.report.jp-target} (default 20).
 */
@ApplicationScoped
@Transactional
public class Transcripts {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.report.jp-target", defaultValue = "20")
  int target;

  public Transcript mine(Caller caller) {
    return of(em.find(User.class, caller.userId()));
  }

  /**
   * A person's transcript for the admins and evaluators of their region (any region for a system
   * admin); anyone else is told the person does not exist.
   */
  public Transcript ofPerson(Caller caller, Long userId) {
    User user = userId == null ? null : em.find(User.class, userId);
    Long regionId = user == null || user.region() == null ? null : user.region().id();
    // a person without a region is a system account: only system admins read it
    boolean reads =
        user != null
            && (caller.systemAdmin()
                || regionId != null
                    && Staff.of(caller, regionId, Role.REGIONAL_ADMIN, Role.EVALUATOR));
    if (!reads) {
      throw new NotFoundException("user.notFound", userId);
    }
    return of(user);
  }

  private Transcript of(User user) {
    List<Object[]> credits =
        em.createQuery(
                "SELECT c.course.id, c.course.code, c.course.title, c.jp, c.year, c.creditedAt"
                    + " FROM JpCredit c WHERE c.user.id = :userId"
                    + " ORDER BY c.creditedAt DESC",
                Object[].class)
            .setParameter("userId", user.id())
            .getResultList();
    Map<Long, String> numbers = new HashMap<>();
    em.createQuery(
            "SELECT k.courseId, k.number FROM Certificate k"
                + " WHERE k.userId = :userId AND k.revokedAt IS NULL",
            Object[].class)
        .setParameter("userId", user.id())
        .getResultList()
        .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
    Map<Integer, Integer> perYear = new TreeMap<>(Comparator.reverseOrder());
    List<Transcript.Course> courses = new ArrayList<>();
    for (Object[] r : credits) {
      int jp = ((Number) r[3]).intValue();
      int year = ((Number) r[4]).intValue();
      perYear.merge(year, jp, Integer::sum);
      courses.add(
          new Transcript.Course(
              (String) r[1],
              (String) r[2],
              jp,
              year,
              ((Instant) r[5]).atZone(WIB).toLocalDate(),
              numbers.get((Long) r[0])));
    }
    int currentYear = LocalDate.now(clock.withZone(WIB)).getYear();
    perYear.putIfAbsent(currentYear, 0);
    List<Transcript.Year> years =
        perYear.entrySet().stream()
            .map(e -> new Transcript.Year(e.getKey(), e.getValue(), target, e.getValue() >= target))
            .toList();
    Transcript.Person person =
        new Transcript.Person(
            user.id(),
            user.name(),
            user.nip() == null ? null : user.nip().value(),
            user.region() == null ? null : user.region().name(),
            user.region() == null ? null : user.region().id());
    return new Transcript(person, target, currentYear, years, courses);
  }
}
