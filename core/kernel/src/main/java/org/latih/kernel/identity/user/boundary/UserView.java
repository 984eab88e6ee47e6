package org.latih.kernel.identity.user.boundary;

import java.time.Instant;
import java.util.List;
import org.latih.kernel.identity.user.entity.User;

/**
 * A user as the API shows it: never the password hash or lockout counters. {@code activated}: the
 * person has a password (set by themselves with an activation code, or by an admin).
 */
public record UserView(
    Long id,
    String username,
    String nip,
    String name,
    String email,
    String instansi,
    String unitKerja,
    String jabatan,
    String golongan,
    String region,
    String regionName,
    List<String> roles,
    boolean active,
    Instant lastLoginAt,
    Instant createdAt,
    boolean mustChangePassword,
    boolean activated) {

  public static UserView of(User user) {
    var profile = user.profile();
    return new UserView(
        user.id(),
        user.username(),
        user.nip() == null ? null : user.nip().value(),
        profile.name(),
        profile.email(),
        profile.instansi(),
        profile.unitKerja(),
        profile.jabatan(),
        profile.golongan(),
        user.region() == null ? null : user.region().code(),
        user.region() == null ? null : user.region().name(),
        user.roles().stream().map(Enum::name).sorted().toList(),
        user.active(),
        user.lastLoginAt(),
        user.createdAt(),
        user.mustChangePassword(),
        user.passwordHash() != null);
  }
}
