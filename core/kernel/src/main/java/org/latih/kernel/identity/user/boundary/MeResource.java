package org.latih.kernel.identity.user.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** The signed-in person's own profile and password. */
@Tag(name = "Me", description = "The signed-in person's own profile and password.")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class MeResource {

  @Inject Users users;
  @Inject Caller caller;

  public record PasswordChange(String currentPassword, String newPassword) {}

  @Operation(summary = "Get my profile")
  @GET
  public UserView me() {
    return UserView.of(users.find(caller, caller.userId()));
  }

  @Operation(
      summary = "Change my password",
      description =
          "Needs the current password; the new one must meet the password policy. Answers 204.")
  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new InvalidInputException("newPassword", "body.missing");
    }
    users.changeOwnPassword(caller, change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }
}
