package org.latih.kernel.identity.user.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.boundary.BeforePasswordChange;
import org.latih.kernel.security.control.Caller;
import org.latih.kernel.security.control.Sessions;
import org.latih.kernel.security.entity.AuthSession;

/** The signed-in person's own profile, password, and sessions and tokens. */
@Tag(
    name = "Me",
    description = "The signed-in person's own profile, password, and sessions and tokens.")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class MeResource {

  @Inject Users users;
  @Inject Sessions sessions;
  @Inject Caller caller;
  @Context HttpServletRequest http;

  public record PasswordChange(String currentPassword, String newPassword) {}

  /** One of my sessions or tokens; {@code current} is the one this request came with. */
  public record SessionView(
      String id, String kind, String label, Instant createdAt, Instant expiresAt, boolean current) {

    static SessionView of(AuthSession session, String currentId) {
      return new SessionView(
          Sessions.handleOf(session),
          session.kind().name(),
          session.label(),
          session.createdAt(),
          session.expiresAt(),
          session.id().equals(currentId));
    }
  }

  @Operation(summary = "Get my profile")
  @GET
  @BeforePasswordChange
  public UserView me() {
    return UserView.of(users.find(caller, caller.userId()));
  }

  @Operation(
      summary = "Change my password",
      description =
          "Needs the current password; the new one must meet the password policy. Wrong current passwords are throttled like sign-ins (429 with Retry-After). Ends every other session and token of mine. Answers 204.")
  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @BeforePasswordChange
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new InvalidInputException("newPassword", "body.missing");
    }
    users.changeOwnPassword(
        caller, change.currentPassword(), change.newPassword(), http.getRemoteAddr());
    return Response.noContent().build();
  }

  @Operation(
      summary = "List my sessions and tokens",
      description = "Browser sessions (COOKIE) and API tokens (TOKEN) still valid, newest first.")
  @GET
  @Path("sessions")
  public List<SessionView> sessions() {
    return sessions.of(caller.userId()).stream()
        .map(s -> SessionView.of(s, caller.sessionId()))
        .toList();
  }

  @Operation(
      summary = "Revoke one of my sessions or tokens",
      description = "Signs that browser out, or makes that token unusable, at once. Answers 204.")
  @DELETE
  @Path("sessions/{id}")
  public Response revoke(@PathParam("id") String id) {
    if (!sessions.closeOwn(caller.userId(), id)) {
      throw new NotFoundException("session.notFound");
    }
    return Response.noContent().build();
  }
}
