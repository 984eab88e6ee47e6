package org.latih.kernel.identity.user.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.InvalidInputException;

/**
 * A person who signs in: an ASN identified by NIP, or a system account such as the bootstrap admin.
 * Guards its own rules: a regional role needs a region.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(
    name = User.COUNT_WITH_ROLE,
    query = "SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r = :role AND u.active = :active")
public class User {

  public static final String BY_USERNAME = "User.byUsername";
  public static final String COUNT_WITH_ROLE = "User.countWithRole";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
  @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Embedded private Nip nip;

  @Column(nullable = false, length = 200)
  private String name;

  private String email;
  private String instansi;

  @Column(name = "unit_kerja")
  private String unitKerja;

  private String jabatan;
  private String golongan;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id")
  private Region region;

  // lazy: lists of enrolments, plans or records load users without needing their roles; the
  // sign-in check and the user list join or batch them in
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 32)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean active;

  /** Set for the bootstrap admin's generated password: nothing else works until it is changed. */
  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected User() {}

  private User(
      String username, Nip nip, Profile profile, Region region, Set<Role> roles, Instant now) {
    this.username = username;
    this.nip = nip;
    this.active = true;
    this.createdAt = now;
    apply(profile, now);
    assign(region, roles, now);
  }

  /** A civil servant, who signs in with their NIP. */
  public static User asn(Nip nip, Profile profile, Region region, Set<Role> roles, Instant now) {
    return new User(nip.value(), nip, profile, region, roles, now);
  }

  /** An account with no NIP, such as the bootstrap system admin. */
  public static User systemAccount(String username, Profile profile, Instant now) {
    return new User(username, null, profile, null, EnumSet.of(Role.SYSTEM_ADMIN), now);
  }

  public void apply(Profile profile, Instant now) {
    this.name = profile.name();
    this.email = profile.email();
    this.instansi = profile.instansi();
    this.unitKerja = profile.unitKerja();
    this.jabatan = profile.jabatan();
    this.golongan = profile.golongan();
    this.updatedAt = now;
  }

  /** Sets region and roles together, because whether a region is needed depends on the roles. */
  public void assign(Region region, Set<Role> roles, Instant now) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException("roles", "roles.empty");
    }
    if (region == null && roles.stream().anyMatch(Role::regional)) {
      throw new InvalidInputException("region", "region.requiredForRoles");
    }
    this.region = region;
    this.roles = EnumSet.copyOf(roles);
    this.updatedAt = now;
  }

  public void changePassword(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    this.mustChangePassword = false;
    this.updatedAt = now;
  }

  /** The current password was handed out (written to a file): its owner must replace it first. */
  public void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  public void activate(boolean active, Instant now) {
    this.active = active;
    this.updatedAt = now;
  }

  public void loggedIn(Instant now) {
    lastLoginAt = now;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Nip nip() {
    return nip;
  }

  public Profile profile() {
    return new Profile(name, email, instansi, unitKerja, jabatan, golongan);
  }

  public String name() {
    return name;
  }

  public Region region() {
    return region;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
