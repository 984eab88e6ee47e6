package org.latih.kernel.identity.activation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.activation.entity.PasswordReset;
import org.latih.kernel.identity.activation.entity.ResetRefusedException;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.HashSlots;
import org.latih.kernel.security.control.PasswordHash;
import org.latih.kernel.security.control.PasswordPolicy;
import org.latih.kernel.security.control.Secrets;
import org.latih.kernel.security.control.SignInThrottle;

/**
 * "Forgot password": a person names their NIP or e-mail; if an active account with an e-mail
 * matches, a link with a single-use token (valid {@code latih.security.password-reset.minutes},
 * default 60) is mailed to that address. The answer is the same whether or not anything matched,
 * and the mail leaves after the answer. Requests count against the sign-in throttle for the name as
 * typed, so nobody can flood a person's mailbox. Off, with the same answer, while mail is off.
 */
@ApplicationScoped
public class PasswordResets {

  /** At most this many accounts share one e-mail address in a request's mail. */
  private static final int MAX_ACCOUNTS = 5;

  @PersistenceContext EntityManager em;
  @Inject Mailer mailer;
  @Inject Event<Mailer.Outbox> outbox;
  @Inject SignInThrottle throttle;
  @Inject HashSlots slots;
  @Inject PasswordHash passwords;
  @Inject Redemptions redemptions;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.security.password-reset.minutes", defaultValue = "60")
  int validMinutes;

  @Inject
  @ConfigProperty(name = "latih.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @Transactional
  public void request(String identifier, Locale locale, String clientAddress) {
    String name = identifier == null ? "" : identifier.strip();
    if (name.isEmpty() || name.length() > 254) {
      throw new InvalidInputException("identifier", "passwordReset.identifierMissing");
    }
    Instant now = clock.instant();
    String key = "reset:" + name.toLowerCase(Locale.ROOT);
    throttle.admit(key, clientAddress, now);
    // every request counts, found or not: after a few, the same name waits longer each time
    throttle.failed(key, clientAddress, now);
    if (!mailer.configured()) {
      return;
    }
    List<User> found =
        em.createQuery(
                "SELECT u FROM User u WHERE u.active = :active AND u.email IS NOT NULL"
                    + " AND (u.username = :name OR LOWER(u.email) = :email) ORDER BY u.id",
                User.class)
            .setParameter("active", true)
            .setParameter("name", name)
            .setParameter("email", name.toLowerCase(Locale.ROOT))
            .setMaxResults(MAX_ACCOUNTS)
            .getResultList();
    List<Mailer.Mail> mails = new ArrayList<>();
    Instant until = now.plus(Duration.ofMinutes(validMinutes));
    for (User user : found) {
      String token = Secrets.newSecret();
      em.createNamedQuery(PasswordReset.DELETE_OF_USER)
          .setParameter("userId", user.id())
          .executeUpdate();
      em.persist(new PasswordReset(user.id(), Secrets.sha256(token), now, until));
      String link = publicUrl + (publicUrl.endsWith("/") ? "" : "/") + "#/reset/" + token;
      mails.add(
          new Mailer.Mail(
              user.id(),
              user.profile().email(),
              Messages.text(locale, "mail.reset.subject"),
              Messages.text(locale, "mail.reset.body", user.name(), link, validMinutes)));
    }
    outbox.fire(new Mailer.Outbox(mails));
  }

  /** Sets the password of the token's person; refused alike for an unknown, used or old token. */
  public User confirm(String token, String newPassword, String clientAddress) {
    if (token == null || token.isBlank() || token.length() > 200) {
      throw new ResetRefusedException();
    }
    String tokenHash = Secrets.sha256(token.strip());
    throttle.admit("reset-token", clientAddress, clock.instant());
    User owner = pending(tokenHash);
    if (owner == null) {
      throttle.failed("reset-token", clientAddress, clock.instant());
      throw new ResetRefusedException();
    }
    char[] password = PasswordPolicy.check(newPassword, owner.username());
    String hash = slots.run(() -> passwords.hash(password));
    User user = redemptions.reset(tokenHash, hash);
    if (user == null) {
      throw new ResetRefusedException();
    }
    return user;
  }

  /** The person of a token that can still be used, or null. */
  private User pending(String tokenHash) {
    return em.createQuery(
            "SELECT u FROM PasswordReset r, User u WHERE r.tokenHash = :hash AND u.id = r.userId"
                + " AND r.usedAt IS NULL AND r.expiresAt > :now AND u.active = :active",
            User.class)
        .setParameter("hash", tokenHash)
        .setParameter("now", clock.instant())
        .setParameter("active", true)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
