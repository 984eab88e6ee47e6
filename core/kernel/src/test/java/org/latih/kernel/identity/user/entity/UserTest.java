package org.latih.kernel.identity.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.region.entity.RegionType;
import org.latih.kernel.rest.InvalidInputException;

class UserTest {

  private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
  private static final Region BOGOR =
      new Region("kab-bogor", "Kabupaten Bogor", RegionType.KABUPATEN);
  private static final Profile BUDI = new Profile("Budi", "budi@x.id", null, null, null, "III/a");

  private static User learner() {
    return User.asn(Nip.of("198503152010011001"), BUDI, BOGOR, Set.of(Role.LEARNER), T0);
  }

  @Test
  void asnSignsInWithNipAndStartsActive() {
    User u = learner();
    assertEquals("198503152010011001", u.username());
    assertEquals(Nip.of("198503152010011001"), u.nip());
    assertEquals("Budi", u.name());
    assertEquals(BUDI, u.profile());
    assertSame(BOGOR, u.region());
    assertEquals(EnumSet.of(Role.LEARNER), u.roles());
    assertTrue(u.hasRole(Role.LEARNER));
    assertFalse(u.hasRole(Role.INSTRUCTOR));
    assertTrue(u.active());
    assertFalse(u.mustChangePassword());
    assertEquals(T0, u.createdAt());
    assertEquals(T0, u.updatedAt());
  }

  @Test
  void systemAccountNeedsNoRegion() {
    User admin =
        User.systemAccount("admin", new Profile("Admin", null, null, null, null, null), T0);
    assertEquals("admin", admin.username());
    assertNull(admin.nip());
    assertNull(admin.region());
    assertEquals(EnumSet.of(Role.SYSTEM_ADMIN), admin.roles());
  }

  @Test
  void regionalRoleWithoutRegionIsRefused() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> User.asn(Nip.of("198503152010011001"), BUDI, null, Set.of(Role.LEARNER), T0));
    assertEquals("region.requiredForRoles", e.messageKey());
    assertEquals("region", e.field());
  }

  @Test
  void noRolesIsRefused() {
    User u = learner();
    assertEquals(
        "roles.empty",
        assertThrows(InvalidInputException.class, () -> u.assign(BOGOR, Set.of(), T0))
            .messageKey());
    assertEquals(
        "roles.empty",
        assertThrows(InvalidInputException.class, () -> u.assign(BOGOR, null, T0)).messageKey());
    assertEquals(EnumSet.of(Role.LEARNER), u.roles());
  }

  @Test
  void assignReplacesRolesAndRegion() {
    User u = learner();
    Instant later = T0.plusSeconds(60);
    u.assign(null, Set.of(Role.SYSTEM_ADMIN), later);
    assertNull(u.region());
    assertEquals(EnumSet.of(Role.SYSTEM_ADMIN), u.roles());
    assertEquals(later, u.updatedAt());
  }

  @Test
  void rolesReturnsACopy() {
    User u = learner();
    u.roles().add(Role.SYSTEM_ADMIN);
    assertFalse(u.hasRole(Role.SYSTEM_ADMIN));
  }

  @Test
  void loginRecordsTheTime() {
    User u = learner();
    Instant now = T0.plusSeconds(30);
    u.loggedIn(now);
    assertEquals(now, u.lastLoginAt());
  }

  @Test
  void aHandedOutPasswordMustBeChangedAndChangingItLiftsThat() {
    User u = learner();
    assertFalse(u.mustChangePassword());
    u.requirePasswordChange();
    assertTrue(u.mustChangePassword());
    Instant now = T0.plusSeconds(5);
    u.changePassword("pbkdf2-sha256$1$x$y", now);
    assertFalse(u.mustChangePassword());
    assertEquals("pbkdf2-sha256$1$x$y", u.passwordHash());
    assertEquals(now, u.updatedAt());
  }

  @Test
  void deactivateAndReactivate() {
    User u = learner();
    Instant later = T0.plusSeconds(3600);
    u.activate(false, later);
    assertFalse(u.active());
    assertEquals(later, u.updatedAt());
    u.activate(true, later.plusSeconds(1));
    assertTrue(u.active());
  }

  @Test
  void applyReplacesTheProfile() {
    User u = learner();
    Profile other = new Profile("Budi Santoso", null, "Pemkab Bogor", "BKPSDM", "Analis", "III/b");
    u.apply(other, T0.plusSeconds(1));
    assertEquals(other, u.profile());
    assertEquals("Budi Santoso", u.name());
    assertEquals(T0.plusSeconds(1), u.updatedAt());
  }
}
