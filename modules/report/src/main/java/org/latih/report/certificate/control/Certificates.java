package org.latih.report.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.latih.course.cohort.api.Cohort;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;
import org.latih.report.certificate.control.CertificateReads.Issued;
import org.latih.report.certificate.entity.Certificate;
import org.latih.report.certificate.entity.CertificateNotEarnedException;

/**
 * The certificate use cases: a learner's own (issued when first asked for), a cohort's for its
 * region's staff, a region's list, revocation by the region's admins and the public verification.
 */
@ApplicationScoped
@Transactional
public class Certificates {

  @PersistenceContext EntityManager em;
  @Inject Issuing issuing;
  @Inject CompletedEnrolments completed;
  @Inject CertificateReads reads;
  @Inject Clock clock;

  /** The caller's certificates, one per completed course, issuing those not yet issued. */
  public List<Issued> mine(Caller caller) {
    issuing.issue(completed.ofLearner(caller.userId()));
    return reads.ofLearner(caller.userId());
  }

  /** The caller's certificate for a course, issued now if it is the first time. */
  public Issued mineFor(Caller caller, String courseCode) {
    List<Certificate> issued =
        issuing.issue(completed.ofLearnerAndCourse(caller.userId(), courseCode));
    if (issued.isEmpty()) {
      throw new CertificateNotEarnedException(courseCode);
    }
    return reads.byId(issued.get(0).id()).orElseThrow();
  }

  /** One of the caller's own certificates; anyone else's is unknown to them. */
  public Issued mine(Caller caller, Long id) {
    return reads
        .byId(id)
        .filter(i -> Objects.equals(i.certificate().userId(), caller.userId()))
        .orElseThrow(() -> new NotFoundException("certificate.notFound", id));
  }

  /** A certificate for the staff of its issuing region. */
  public Issued forStaff(Caller caller, Long id) {
    return reads
        .byId(id)
        .filter(i -> Staff.of(caller, i.region().id()))
        .orElseThrow(() -> new NotFoundException("certificate.notFound", id));
  }

  /** A cohort's certificates with the region that issues them and the cohort's name. */
  public record OfCohort(Region region, String cohort, List<Certificate> certificates) {}

  /** A cohort's certificates, one per learner who completed, for the staff of its region. */
  public OfCohort ofCohort(Caller caller, Long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null || !Staff.of(caller, cohort.region().id())) {
      throw new NotFoundException("certificate.cohortNotFound", cohortId);
    }
    return new OfCohort(
        cohort.region(), cohort.name(), issuing.issue(completed.ofCohort(cohortId)));
  }

  public Page<Issued> ofRegion(Caller caller, Region region, PageRequest page) {
    if (!Staff.of(caller, region.id())) {
      throw new ForbiddenException(
          "region.notYours", caller.region() == null ? "-" : caller.region().name(), region.name());
    }
    return reads.ofRegion(region, page);
  }

  /**
   * Revokes a certificate; only the admins of its issuing region (or a system admin). Staff of the
   * region who do not administer it are refused; anyone else is told it does not exist.
   */
  public Issued revoke(Caller caller, Long id, String reason) {
    Issued issued = forStaff(caller, id);
    caller.ensureAdministers(issued.region());
    issued.certificate().revoke(reason, caller.userId(), clock.instant());
    return issued;
  }

  public Issued verify(String code) {
    return (VerificationCodes.wellFormed(code) ? reads.byCode(code) : Optional.<Issued>empty())
        .orElseThrow(() -> new NotFoundException("certificate.unknownCode"));
  }
}
