package org.latih.kernel.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotAuthenticatedException;
import org.latih.kernel.security.control.Caller;

/**
 * Refuses a request whose caller lacks the role the endpoint declares. An endpoint that declares
 * nothing is refused too: access is opt-in, so a forgotten annotation cannot open data.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(AuthorizationFilter.class.getName());

  @Inject Caller caller;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() == null || AccessRules.isPublic(resource)) {
      return;
    }
    Allowed allowed = AccessRules.allowed(resource);
    if (allowed == null) {
      LOG.severe(
          () ->
              "Endpoint without @Allowed or @PublicEndpoint refused: "
                  + resource.getResourceMethod());
      throw new ForbiddenException("access.undeclared");
    }
    if (!caller.signedIn()) {
      throw new NotAuthenticatedException("login.required");
    }
    if (allowed.value().length > 0 && !caller.hasAny(allowed.value())) {
      throw new ForbiddenException("role.missing");
    }
    if (caller.mustChangePassword()
        && !resource.getResourceMethod().isAnnotationPresent(BeforePasswordChange.class)) {
      throw new ForbiddenException("password.mustChange");
    }
  }
}
