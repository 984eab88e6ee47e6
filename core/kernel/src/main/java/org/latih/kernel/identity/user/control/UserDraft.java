package org.latih.kernel.identity.user.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.latih.kernel.identity.user.entity.Profile;
import org.latih.kernel.identity.user.entity.Role;

/**
 * What a form, an API call or one CSV row says about a user, before it is checked. A null field
 * means "not given": on create it takes the default, on update it keeps the stored value.
 */
public record UserDraft(
    String nip,
    String name,
    String email,
    String instansi,
    String unitKerja,
    String jabatan,
    String golongan,
    String region,
    List<String> roles,
    String password,
    Boolean active) {

  /** The roles named, or null when none were. */
  Set<Role> parsedRoles() {
    if (roles == null || roles.stream().allMatch(r -> r == null || r.isBlank())) {
      return null;
    }
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    for (String role : roles) {
      if (role != null && !role.isBlank()) {
        parsed.add(Role.parse(role));
      }
    }
    return parsed;
  }

  Profile profile() {
    return new Profile(name, email, instansi, unitKerja, jabatan, golongan);
  }

  Profile applyTo(Profile current) {
    return current.with(name, email, instansi, unitKerja, jabatan, golongan);
  }

  boolean hasRegion() {
    return region != null && !region.isBlank();
  }
}
