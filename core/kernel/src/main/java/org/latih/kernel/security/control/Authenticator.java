package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotAuthenticatedException;
import org.latih.kernel.rest.TooManyRequestsException;

/**
 * Checks a username (or NIP) and password. After {@code latih.security.lockout.attempts} wrong
 * passwords in a row the account is locked for {@code latih.security.lockout.minutes}; while
 * locked, even the right password is refused, so guessing gains nothing.
 */
@ApplicationScoped
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHash passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.security.lockout.attempts", defaultValue = "5")
  int lockoutAttempts;

  @Inject
  @ConfigProperty(name = "latih.security.lockout.minutes", defaultValue = "15")
  int lockoutMinutes;

  /** The user, if the password is right; the failed-attempt count commits even on failure. */
  @Transactional(dontRollbackOn = NotAuthenticatedException.class)
  public User authenticate(String username, char[] password) {
    Instant now = clock.instant();
    String name = username == null ? "" : username.strip();
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null) {
      passwords.burnTime(password);
      throw new NotAuthenticatedException("login.failed");
    }
    if (user.lockedAt(now)) {
      long seconds = Math.max(1, Duration.between(now, user.lockedUntil()).toSeconds());
      throw new TooManyRequestsException(seconds, "login.locked", (seconds + 59) / 60);
    }
    boolean right = passwords.verify(password, user.passwordHash());
    // The slow hash runs unlocked; the bookkeeping below locks the row and re-reads it, so sign-ins
    // to one account at the same moment (a double-clicked button) queue instead of failing on a
    // stale version, and concurrent wrong passwords are all counted.
    em.lock(user, LockModeType.PESSIMISTIC_WRITE);
    if (!right) {
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
