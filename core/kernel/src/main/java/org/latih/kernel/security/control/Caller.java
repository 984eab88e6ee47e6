package org.latih.kernel.security.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.security.entity.AuthSession;

/**
 * The person behind the current request, as established by the authentication filter. Answers the
 * region questions every feature asks: may this caller administer that region's data?
 */
@RequestScoped
public class Caller {

  private Long userId;
  private String username;
  private Set<Role> roles = EnumSet.noneOf(Role.class);
  private Region region;
  private String sessionId;
  private AuthSession.Kind kind;
  private boolean mustChangePassword;

  void signIn(AuthSession session) {
    User user = session.user();
    this.userId = user.id();
    this.username = user.username();
    this.roles = user.roles();
    this.region = user.region();
    this.sessionId = session.id();
    this.kind = session.kind();
    this.mustChangePassword = user.mustChangePassword();
  }

  /** Whether the caller signed in with a handed-out password they must replace first. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public boolean signedIn() {
    return userId != null;
  }

  public Long userId() {
    return userId;
  }

  public String username() {
    return username;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  public boolean systemAdmin() {
    return has(Role.SYSTEM_ADMIN);
  }

  /** The caller's own region, or null for a system account without one. */
  public Region region() {
    return region;
  }

  /** Whether the caller may manage people and data of {@code target}. */
  public boolean administers(Region target) {
    if (systemAdmin()) {
      return true;
    }
    return has(Role.REGIONAL_ADMIN)
        && region != null
        && target != null
        && Objects.equals(region.id(), target.id());
  }

  public void ensureAdministers(Region target) {
    if (!administers(target)) {
      throw new ForbiddenException(
          "region.notYours",
          region == null ? "-" : region.name(),
          target == null ? "-" : target.name());
    }
  }

  public String sessionId() {
    return sessionId;
  }

  public AuthSession.Kind kind() {
    return kind;
  }
}
