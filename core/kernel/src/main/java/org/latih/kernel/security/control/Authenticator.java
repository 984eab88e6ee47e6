package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.NotAuthenticatedException;
import org.latih.kernel.rest.TooManyRequestsException;

/**
 * Checks a username (or NIP) and password. After {@code latih.security.lockout.attempts} wrong
 * passwords in a row the account is locked for {@code latih.security.lockout.minutes}; while
 * locked, even the right password is refused, so guessing gains nothing.
 *
 * <p>The slow hash runs outside any transaction: on exam morning a thousand sign-ins at once must
 * not hold a thousand database connections (the pool has 32) while each spends 0.2 s of CPU; only
 * the bookkeeping afterwards ({@link SignIns}) takes one, briefly. {@link HashSlots} keeps a wave
 * of sign-ins from taking every core.
 */
@ApplicationScoped
public class Authenticator {

  @PersistenceContext EntityManager em;
  @Inject PasswordHash passwords;
  @Inject SignIns signIns;
  @Inject HashSlots slots;
  @Inject Clock clock;

  /** The user, if the password is right; the failed-attempt count commits even on failure. */
  public User authenticate(String username, char[] password) {
    return slots.run(() -> check(username, password));
  }

  private User check(String username, char[] password) {
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
    return signIns.record(user.id(), right, now);
  }
}
