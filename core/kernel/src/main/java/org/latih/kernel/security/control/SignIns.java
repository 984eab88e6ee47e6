package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;

/**
 * The bookkeeping of a right password: an inactive account is refused, an active one records the
 * sign-in. The row is locked and read again, so sign-ins to one account at the same moment (a
 * double-clicked button) queue instead of failing on a stale version.
 */
@ApplicationScoped
public class SignIns {

  @PersistenceContext EntityManager em;

  @Transactional
  public User record(long userId, Instant now) {
    User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (!user.active()) {
      throw new ForbiddenException("login.inactive");
    }
    user.loggedIn(now);
    return user;
  }
}
