package org.latih.report.certificate.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.report.certificate.entity.Certificate;
import org.latih.report.certificate.entity.Certificate.Facts;
import org.latih.report.certificate.entity.CertificateCounter;

/**
 * Issues certificates, lazily: the first time a completed enrolment's certificate is asked for (by
 * the learner's list or download, or a cohort's zip), it is numbered and stored; every later ask
 * finds the same one, with the same number. Numbers count per issuing region and year of issue
 * (WIB) under a row lock on that region's counter, so two issues at once get consecutive numbers;
 * the unique constraints (one per enrolment, one per region, year and sequence) back it up.
 */
@ApplicationScoped
@Transactional
public class Issuing {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CounterRows counters;

  @Inject
  @ConfigProperty(
      name = "latih.report.certificate.number-pattern",
      defaultValue = CertificateNumber.DEFAULT)
  String pattern;

  private CertificateNumber numbers;

  @PostConstruct
  void checkPattern() {
    numbers = new CertificateNumber(pattern);
  }

  /** Reads the pattern at start-up, so a wrong one stops the deployment with its reason. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    numbers.pattern();
  }

  /**
   * The certificates of these completed enrolments, in their order: those issued before as they
   * are, the others issued now. Enrolments with no issuing region (a system account without a
   * region, outside any cohort) get none.
   */
  public List<Certificate> issue(List<Facts> completed) {
    if (completed.isEmpty()) {
      return List.of();
    }
    Map<Long, Certificate> found = byEnrolment(ids(completed));
    Map<Long, List<Facts>> missing =
        completed.stream()
            .filter(f -> !found.containsKey(f.enrolmentId()) && f.regionId() != null)
            .collect(Collectors.groupingBy(Facts::regionId, TreeMap::new, Collectors.toList()));
    if (!missing.isEmpty()) {
      int year = LocalDate.now(clock.withZone(WIB)).getYear();
      // regions in id order: two issues spanning the same regions lock them in the same order
      missing.forEach((region, facts) -> found.putAll(issue(region, year, facts)));
    }
    return completed.stream()
        .map(f -> found.get(f.enrolmentId()))
        .filter(Objects::nonNull)
        .toList();
  }

  private Map<Long, Certificate> issue(Long regionId, int year, List<Facts> facts) {
    CertificateCounter counter = lock(regionId, year);
    // whoever held the lock before may have issued some of them meanwhile
    Map<Long, Certificate> issued = byEnrolment(ids(facts));
    String regionCode = em.find(Region.class, regionId).code();
    for (Facts f : facts) {
      if (!issued.containsKey(f.enrolmentId())) {
        int seq = counter.next();
        Certificate certificate =
            new Certificate(
                f,
                year,
                seq,
                numbers.format(seq, regionCode, year),
                VerificationCodes.next(),
                clock.instant());
        em.persist(certificate);
        issued.put(f.enrolmentId(), certificate);
      }
    }
    em.flush();
    return issued;
  }

  private CertificateCounter lock(Long regionId, int year) {
    CertificateCounter.Key key = new CertificateCounter.Key(regionId, year);
    CertificateCounter counter =
        em.find(CertificateCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      try {
        counters.create(regionId, year);
      } catch (RuntimeException createdByAnotherIssue) {
        // the row exists now either way; the lock below waits for it
      }
      counter = em.find(CertificateCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
    return counter;
  }

  private Map<Long, Certificate> byEnrolment(Collection<Long> enrolmentIds) {
    Map<Long, Certificate> found = new HashMap<>();
    em.createQuery("SELECT k FROM Certificate k WHERE k.enrolmentId IN :ids", Certificate.class)
        .setParameter("ids", enrolmentIds)
        .getResultList()
        .forEach(k -> found.put(k.enrolmentId(), k));
    return found;
  }

  private static List<Long> ids(List<Facts> facts) {
    return facts.stream().map(Facts::enrolmentId).toList();
  }
}
