package org.latih.kernel.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.user.boundary.UserView;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.security.boundary.AuthResource.SignedIn;
import org.latih.kernel.security.control.Sessions;
import org.latih.kernel.security.entity.AuthSession;

/**
 * The browser's session cookie: opened for a person who just proved who they are (a password, an
 * activation code, a reset link) and answered with the CSRF token, or cleared on sign-out.
 */
@ApplicationScoped
public class SessionCookies {

  @Inject Sessions sessions;

  @Inject
  @ConfigProperty(name = "latih.http.secure-cookie", defaultValue = "false")
  boolean secureCookie;

  /** A new cookie session for {@code user}: 200 with the user, the CSRF token and the cookie. */
  public Response signIn(User user) {
    Sessions.Opened opened = sessions.open(user, AuthSession.Kind.COOKIE, null);
    AuthSession session = opened.session();
    return Response.ok(new SignedIn(UserView.of(user), session.csrfToken(), session.expiresAt()))
        .cookie(cookie(opened.secret(), session.expiresAt()))
        .build();
  }

  public NewCookie cookie(String value, Instant expires) {
    long maxAge = Math.max(0, expires.getEpochSecond() - Instant.now().getEpochSecond());
    return new NewCookie.Builder(AuthenticationFilter.SESSION_COOKIE)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(secureCookie)
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge((int) maxAge)
        .build();
  }
}
