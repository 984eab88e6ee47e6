package org.latih.kernel.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.latih.kernel.security.control.RequestAuthentication;

/** Reads credentials off every API request; deciding what the caller may do comes after. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  public static final String SESSION_COOKIE = "LATIH_SESSION";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject RequestAuthentication authentication;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String bearer = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      bearer = header.substring(7).strip();
    }
    Cookie cookie = request.getCookies().get(SESSION_COOKIE);
    boolean open = resource.getResourceMethod() != null && AccessRules.isPublic(resource);
    authentication.authenticate(
        bearer,
        cookie == null ? null : cookie.getValue(),
        request.getHeaderString(CSRF_HEADER),
        !SAFE.contains(request.getMethod()),
        open);
  }
}
