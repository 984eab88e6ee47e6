package org.latih.report.certificate.control;

import java.util.Objects;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.control.Caller;

/**
 * Who counts as staff of a region for its documents: its admins, evaluators and instructors, and
 * system admins for every region. Anyone else is told a document does not exist, not that it is
 * someone else's, so that a refusal never confirms another region's data.
 */
public final class Staff {

  private Staff() {}

  public static boolean of(Caller caller, Long regionId, Role... roles) {
    return caller.systemAdmin()
        || (caller.hasAny(roles)
            && caller.region() != null
            && Objects.equals(caller.region().id(), regionId));
  }

  public static boolean of(Caller caller, Long regionId) {
    return of(caller, regionId, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR);
  }
}
