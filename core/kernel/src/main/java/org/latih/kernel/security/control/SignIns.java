package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotAuthenticatedException;

/**
 * The bookkeeping of one checked password: a wrong one counts towards the lockout, a right one
 * records the sign-in. The row is locked and read again, so sign-ins to one account at the same
 * moment (a double-clicked button) queue instead of failing on a stale version, and concurrent
 * wrong passwords are all counted.
 */
@ApplicationScoped
public class SignIns {

  private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "latih.security.lockout.attempts", defaultValue = "5")
  int lockoutAttempts;

  @Inject
  @ConfigProperty(name = "latih.security.lockout.minutes", defaultValue = "15")
  int lockoutMinutes;

  @Transactional(dontRollbackOn = NotAuthenticatedException.class)
  public User record(long userId, boolean rightPassword, Instant now) {
    User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (!rightPassword) {
      user.failedLogin(now, lockoutAttempts, Duration.ofMinutes(lockoutMinutes));
      if (user.lockedAt(now)) {
        LOG.warning(() -> "Account " + user.username() + " locked after repeated failed logins");
      }
      throw new NotAuthenticatedException("login.failed");
    }
    if (!user.active()) {
      throw new ForbiddenException("login.inactive");
    }
    user.loggedIn(now);
    return user;
  }
}
