package org.latih.kernel.identity.activation.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.activation.control.Activations;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.PublicEndpoint;
import org.latih.kernel.security.boundary.SessionCookies;

/** A person activates their account with the code from their slip and signs in. */
@Tag(
    name = "Authentication",
    description = "Sign-in by session cookie or bearer token, and sign-out.")
@Path("auth/activation")
@Produces(MediaType.APPLICATION_JSON)
public class ActivationResource {

  @Inject Activations activations;
  @Inject SessionCookies cookies;
  @Context HttpServletRequest request;

  public record Activation(String nip, String code, String password) {}

  @Operation(
      summary = "Activate an account with a one-time code",
      description =
          "Sets the person's own password (the password policy applies) with their NIP and the"
              + " activation code an admin issued, ends every other session and token of theirs,"
              + " and signs them in as `POST auth/login` does. An unknown NIP, a wrong, expired or"
              + " used code all answer 400 /problems/activation-refused alike; tries are throttled"
              + " like sign-ins (429 with Retry-After).")
  @POST
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  public Response activate(Activation activation) {
    if (activation == null) {
      throw new InvalidInputException("nip", "activation.nipMissing");
    }
    return cookies.signIn(
        activations.activate(
            activation.nip(), activation.code(), activation.password(), request.getRemoteAddr()));
  }
}
