package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotAuthenticatedException;
import org.latih.kernel.security.entity.AuthSession;

/**
 * Establishes the {@link Caller} from a request's bearer token or session cookie, and enforces the
 * CSRF token on state-changing requests that arrive with a cookie.
 */
@ApplicationScoped
public class RequestAuthentication {

  @Inject Sessions sessions;
  @Inject Caller caller;

  /**
   * @param bearer the token after "Bearer ", or null
   * @param cookie the session cookie's value, or null
   * @param csrfHeader the X-CSRF-Token header, or null
   * @param unsafe whether the method changes state (POST, PUT, PATCH, DELETE)
   * @param publicEndpoint whether the endpoint is open to everyone (then a stale cookie is ignored)
   */
  @Transactional
  public void authenticate(
      String bearer, String cookie, String csrfHeader, boolean unsafe, boolean publicEndpoint) {
    if (bearer != null) {
      AuthSession session = sessions.find(bearer);
      if (session == null || session.kind() != AuthSession.Kind.TOKEN) {
        throw new NotAuthenticatedException("token.invalid");
      }
      caller.signIn(session);
      return;
    }
    if (cookie == null || publicEndpoint) {
      return;
    }
    AuthSession session = sessions.find(cookie);
    if (session == null || session.kind() != AuthSession.Kind.COOKIE) {
      return;
    }
    if (unsafe && !Secrets.same(session.csrfToken(), csrfHeader)) {
      throw new ForbiddenException("csrf.invalid");
    }
    caller.signIn(session);
  }
}
