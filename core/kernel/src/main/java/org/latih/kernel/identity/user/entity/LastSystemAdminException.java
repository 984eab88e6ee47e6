package org.latih.kernel.identity.user.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** The change would leave the server without an active system admin. */
public class LastSystemAdminException extends DomainException {

  public LastSystemAdminException() {
    super(KernelProblem.LAST_SYSTEM_ADMIN, "user.lastSystemAdmin");
  }
}
