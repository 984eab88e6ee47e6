package org.latih.kernel.identity.activation.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.activation.control.PasswordResets;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.PublicEndpoint;
import org.latih.kernel.security.boundary.SessionCookies;

/** "Forgot password": a reset link by mail, then a new password with it. */
@Tag(
    name = "Authentication",
    description = "Sign-in by session cookie or bearer token, and sign-out.")
@Path("auth/password-reset")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

  @Inject PasswordResets resets;
  @Inject SessionCookies cookies;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  public record ResetRequest(String identifier) {}

  public record Requested(String message) {}

  public record NewPassword(String token, String password) {}

  @Operation(
      summary = "Ask for a password-reset link",
      description =
          "`identifier` is a NIP or an e-mail address. If it names an active account with an"
              + " e-mail address and mail is configured, a link valid one hour (one use) is mailed"
              + " there. Always answers 202 with the same message, whether or not anything"
              + " matched; repeated requests for one name are throttled (429).")
  @POST
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(ResetRequest body) {
    if (body == null) {
      throw new InvalidInputException("identifier", "passwordReset.identifierMissing");
    }
    Locale locale = Messages.pick(headers.getAcceptableLanguages());
    resets.request(body.identifier(), locale, request.getRemoteAddr());
    return Response.accepted(new Requested(Messages.text(locale, "passwordReset.requested")))
        .build();
  }

  @Operation(
      summary = "Set a new password with a reset link's token",
      description =
          "Sets the password (the password policy applies), ends every other session and token,"
              + " and signs in as `POST auth/login` does. An unknown, used or expired token answers"
              + " 400 /problems/password-reset-refused.")
  @POST
  @Path("confirm")
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(NewPassword body) {
    if (body == null) {
      throw new InvalidInputException("password", "body.missing");
    }
    return cookies.signIn(resets.confirm(body.token(), body.password(), request.getRemoteAddr()));
  }
}
