package org.latih.kernel.identity.activation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.latih.kernel.identity.activation.entity.ActivationCode;
import org.latih.kernel.identity.activation.entity.PasswordReset;
import org.latih.kernel.identity.user.control.PasswordChanged;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.security.control.Sessions;

/**
 * The short transactions that use up a code or a reset token and set the password it was redeemed
 * with (already hashed, outside any transaction). Using up is one conditional UPDATE, so two
 * redemptions of one code at the same moment cannot both succeed. Every other session and token of
 * the person ends: whoever held the old password is signed out.
 */
@ApplicationScoped
@Transactional
public class Redemptions {

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject Event<PasswordChanged> passwordChanged;
  @Inject Clock clock;

  /** The person whose valid, unused code this was, now with the new password; or null. */
  public User activation(String nip, String codeHash, String passwordHash) {
    Instant now = clock.instant();
    int used =
        em.createNamedQuery(ActivationCode.CONSUME)
            .setParameter("now", now)
            .setParameter("hash", codeHash)
            .setParameter("nip", nip)
            .setParameter("active", true)
            .executeUpdate();
    if (used != 1) {
      return null;
    }
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", nip)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getSingleResult();
    em.createNamedQuery(PasswordReset.DELETE_OF_USER)
        .setParameter("userId", user.id())
        .executeUpdate();
    return newPassword(user, passwordHash, now);
  }

  /** The person of a valid, unused reset token, now with the new password; or null. */
  public User reset(String tokenHash, String passwordHash) {
    Instant now = clock.instant();
    int used =
        em.createNamedQuery(PasswordReset.CONSUME)
            .setParameter("now", now)
            .setParameter("hash", tokenHash)
            .executeUpdate();
    if (used != 1) {
      return null;
    }
    PasswordReset reset =
        em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class)
            .setParameter("hash", tokenHash)
            .getSingleResult();
    User user = em.find(User.class, reset.userId(), LockModeType.PESSIMISTIC_WRITE);
    return user.active() ? newPassword(user, passwordHash, now) : null;
  }

  private User newPassword(User user, String passwordHash, Instant now) {
    user.changePassword(passwordHash, now);
    user.loggedIn(now);
    sessions.closeAllOf(user.id());
    passwordChanged.fire(new PasswordChanged(user.username()));
    return user;
  }
}
