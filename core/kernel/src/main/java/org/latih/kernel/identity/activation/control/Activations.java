package org.latih.kernel.identity.activation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.latih.kernel.identity.activation.entity.ActivationRefusedException;
import org.latih.kernel.identity.activation.entity.OneTimeCode;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.HashSlots;
import org.latih.kernel.security.control.PasswordHash;
import org.latih.kernel.security.control.PasswordPolicy;
import org.latih.kernel.security.control.Secrets;
import org.latih.kernel.security.control.SignInThrottle;

/**
 * A person activates their account with their NIP, the code from their slip and a password of their
 * own. Guessing is throttled exactly like sign-ins (the same counters, keyed by the NIP as typed
 * and the client's address), and every try does the same work whatever was wrong: the new password
 * is hashed first, then one UPDATE either uses up the code or finds nothing. An unknown NIP, a
 * wrong code, an expired code and a used one are one answer.
 */
@ApplicationScoped
public class Activations {

  @Inject SignInThrottle throttle;
  @Inject HashSlots slots;
  @Inject PasswordHash passwords;
  @Inject Redemptions redemptions;
  @Inject Clock clock;

  public User activate(String nip, String code, String newPassword, String clientAddress) {
    String name = nip == null ? "" : nip.strip();
    if (name.isEmpty()) {
      throw new InvalidInputException("nip", "activation.nipMissing");
    }
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("code", "activation.codeMissing");
    }
    // the rule needs nothing the server knows: checking it first tells a guesser nothing
    char[] password = PasswordPolicy.check(newPassword, name);
    throttle.admit(name, clientAddress, clock.instant());
    String hash = slots.run(() -> passwords.hash(password));
    User user = redemptions.activation(name, Secrets.sha256(OneTimeCode.canonical(code)), hash);
    if (user == null) {
      throttle.failed(name, clientAddress, clock.instant());
      throw new ActivationRefusedException();
    }
    throttle.succeeded(name, clientAddress);
    return user;
  }
}
