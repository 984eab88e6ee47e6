package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.NotAuthenticatedException;

/**
 * Checks a username (or NIP) and password. {@link SignInThrottle} decides first whether this
 * account and client address may try now; a wrong password then counts towards their delay. An
 * unknown name, an account without a password and a wrong password all cost one full hash and get
 * the same answer, so none can be told apart.
 *
 * <p>The slow hash runs outside any transaction: on exam morning a thousand sign-ins at once must
 * not hold a thousand database connections (the pool has 32) while each spends 0.2 s of CPU; only
 * the bookkeeping of a right password ({@link SignIns}) takes one, briefly. {@link HashSlots} keeps
 * a wave of sign-ins from taking every core.
 */
@ApplicationScoped
public class Authenticator {

  @PersistenceContext EntityManager em;
  @Inject PasswordHash passwords;
  @Inject SignIns signIns;
  @Inject HashSlots slots;
  @Inject SignInThrottle throttle;
  @Inject Clock clock;

  /** The user, if the password is right and this client may try now. */
  public User authenticate(String username, char[] password, String clientAddress) {
    String name = username == null ? "" : username.strip();
    throttle.admit(name, clientAddress, clock.instant());
    return slots.run(() -> check(name, password, clientAddress));
  }

  private User check(String name, char[] password, String clientAddress) {
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean right = passwords.verifyOrBurn(password, user == null ? null : user.passwordHash());
    Instant now = clock.instant();
    if (!right) {
      throttle.failed(name, clientAddress, now);
      throw new NotAuthenticatedException("login.failed");
    }
    throttle.succeeded(name, clientAddress);
    return signIns.record(user.id(), now);
  }
}
