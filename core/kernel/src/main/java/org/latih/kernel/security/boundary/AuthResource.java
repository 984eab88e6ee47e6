package org.latih.kernel.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.user.boundary.UserView;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Authenticator;
import org.latih.kernel.security.control.Caller;
import org.latih.kernel.security.control.Sessions;
import org.latih.kernel.security.entity.AuthSession;

/** Sign in and out: a cookie session for the browser, a bearer token for API clients. */
@Tag(
    name = "Authentication",
    description = "Sign-in by session cookie or bearer token, and sign-out.")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject Authenticator authenticator;
  @Inject Sessions sessions;
  @Inject Caller caller;
  @Inject SessionCookies cookies;
  @Context HttpServletRequest request;

  public record Credentials(String username, String password, String label) {}

  public record SignedIn(UserView user, String csrfToken, Instant expiresAt) {}

  public record IssuedToken(String token, String tokenType, Instant expiresAt) {}

  @Operation(
      summary = "Sign in with a session cookie",
      description =
          "Answers the user and the CSRF token; the session cookie is HttpOnly and SameSite=Strict. Browser requests that change anything must send the token as `X-CSRF-Token`. Repeated wrong passwords from one address make that address wait before trying that account again, with growing delays (429 with Retry-After). When `user.mustChangePassword` is true, only the profile, password change and sign-out work until the password is changed.")
  @POST
  @Path("login")
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  public Response login(Credentials credentials) {
    return cookies.signIn(check(credentials));
  }

  @Operation(
      summary = "Get a bearer token",
      description =
          "For API clients: answers a token to send as `Authorization: Bearer ...` (201).")
  @POST
  @Path("tokens")
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  public Response token(Credentials credentials) {
    User user = check(credentials);
    String label = credentials.label() == null ? "api" : credentials.label().strip();
    Sessions.Opened opened =
        sessions.open(
            user, AuthSession.Kind.TOKEN, label.substring(0, Math.min(100, label.length())));
    return Response.status(Response.Status.CREATED)
        .entity(new IssuedToken(opened.secret(), "Bearer", opened.session().expiresAt()))
        .build();
  }

  /**
   * Who is signed in, with the CSRF token a reloaded page needs (the cookie itself is HttpOnly).
   */
  @Operation(
      summary = "Get the current session",
      description = "Who is signed in, with the CSRF token a reloaded page needs.")
  @GET
  @Path("session")
  @Allowed
  @BeforePasswordChange
  public SignedIn current() {
    AuthSession session = sessions.current(caller.sessionId());
    return new SignedIn(UserView.of(session.user()), session.csrfToken(), session.expiresAt());
  }

  /** Ends the session or revokes the token this request came with. */
  @Operation(
      summary = "Sign out",
      description = "Ends the session or revokes the token this request came with.")
  @POST
  @Path("logout")
  @Allowed
  @BeforePasswordChange
  public Response logout() {
    sessions.close(caller.sessionId());
    return Response.noContent().cookie(cookies.cookie("", Instant.EPOCH)).build();
  }

  private User check(Credentials credentials) {
    if (credentials == null || credentials.username() == null || credentials.password() == null) {
      throw new InvalidInputException("username", "login.missing");
    }
    // the socket's address: no proxy header is trusted, so a client cannot pick its own counter
    return authenticator.authenticate(
        credentials.username(), credentials.password().toCharArray(), request.getRemoteAddr());
  }
}
