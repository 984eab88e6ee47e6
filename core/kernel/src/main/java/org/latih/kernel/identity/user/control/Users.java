package org.latih.kernel.identity.user.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.LastSystemAdminException;
import org.latih.kernel.identity.user.entity.Nip;
import org.latih.kernel.identity.user.entity.NipTakenException;
import org.latih.kernel.identity.user.entity.Profile;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.SelfDeactivationException;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;
import org.latih.kernel.security.control.PasswordHash;
import org.latih.kernel.security.control.PasswordPolicy;
import org.latih.kernel.security.control.Sessions;
import org.latih.kernel.security.control.SignInThrottle;

/**
 * Creating, changing and finding users on behalf of a caller, with the region rules applied: a
 * regional admin works only within their region and cannot make system admins.
 */
@ApplicationScoped
@Transactional
public class Users {

  @PersistenceContext EntityManager em;
  @Inject Regions regions;
  @Inject PasswordHash passwords;
  @Inject Sessions sessions;
  @Inject SignInThrottle throttle;
  @Inject Event<PasswordChanged> passwordChanged;
  @Inject Clock clock;

  public User create(Caller caller, UserDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    Nip nip = collect(problems, () -> Nip.of(draft.nip()));
    Profile profile = collect(problems, draft::profile);
    Region region = collect(problems, () -> regionOf(caller, draft, null));
    Set<Role> roles = collect(problems, draft::parsedRoles);
    // every mistake of the form in one answer: the password's and a NIP already taken were
    // reported one round after the others, so an admin fixed the form three times
    if (draft.password() != null) {
      collect(
          problems,
          () -> PasswordPolicy.check(draft.password(), nip == null ? draft.nip() : nip.value()));
    }
    if (nip != null && !problems.isEmpty() && byUsername(nip.value()).isPresent()) {
      problems.add(new FieldProblem("nip", "nip.duplicate", nip.value()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    roles = roles == null ? EnumSet.of(Role.LEARNER) : roles;
    ensureMayAssign(caller, region, roles, EnumSet.noneOf(Role.class));
    if (byUsername(nip.value()).isPresent()) {
      throw new NipTakenException(nip.value());
    }
    Instant now = clock.instant();
    User user = User.asn(nip, profile, region, roles, now);
    if (draft.password() != null) {
      user.changePassword(
          passwords.hash(PasswordPolicy.check(draft.password(), user.username())), now);
    }
    if (Boolean.FALSE.equals(draft.active())) {
      user.activate(false, now);
    }
    em.persist(user);
    return user;
  }

  /**
   * Changes a user. Only a system admin changes a system admin. A password set here ends every
   * session and token of that user; on one's own account it needs {@code currentPassword}, checked
   * and throttled like a sign-in from {@code clientAddress}, and keeps the caller's own session.
   */
  public User update(
      Caller caller, long id, UserDraft draft, String currentPassword, String clientAddress) {
    User user = find(caller, id);
    if (user.hasRole(Role.SYSTEM_ADMIN) && !caller.systemAdmin()) {
      throw new ForbiddenException("user.systemAdminOnly");
    }
    boolean self = user.id().equals(caller.userId());
    if (self && draft.password() != null) {
      proveCurrentPassword(user, currentPassword, clientAddress);
    }
    if (draft.nip() != null
        && (user.nip() == null || !user.nip().value().equals(draft.nip().strip()))) {
      throw new InvalidInputException("nip", "nip.immutable");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Profile profile = collect(problems, () -> draft.applyTo(user.profile()));
    Region region = collect(problems, () -> regionOf(caller, draft, user.region()));
    Set<Role> roles = collect(problems, draft::parsedRoles);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    roles = roles == null ? user.roles() : roles;
    ensureMayAssign(caller, region, roles, user.roles());
    boolean losesAdmin =
        user.hasRole(Role.SYSTEM_ADMIN)
            && (!roles.contains(Role.SYSTEM_ADMIN) || Boolean.FALSE.equals(draft.active()));
    if (losesAdmin && activeSystemAdmins() <= 1) {
      throw new LastSystemAdminException();
    }
    Instant now = clock.instant();
    user.apply(profile, now);
    user.assign(region, roles, now);
    if (draft.password() != null) {
      setPassword(user, draft.password(), self ? caller.sessionId() : null);
    }
    if (draft.active() != null && draft.active() != user.active()) {
      if (!draft.active() && user.id().equals(caller.userId())) {
        throw new SelfDeactivationException();
      }
      user.activate(draft.active(), now);
      if (!draft.active()) {
        sessions.closeAllOf(user.id());
      }
    }
    return user;
  }

  /** Creates the user of a CSV row, or updates the one with that NIP. */
  public Outcome upsert(Caller caller, UserDraft draft) {
    Nip nip = Nip.of(draft.nip());
    Optional<User> existing = byUsername(nip.value());
    if (existing.isPresent()) {
      // a CSV row carries no password, so no current password is ever needed here
      update(caller, existing.get().id(), draft, null, null);
      return Outcome.UPDATED;
    }
    create(caller, draft);
    return Outcome.CREATED;
  }

  /** What an import did with one row that it accepted. */
  public enum Outcome {
    CREATED,
    UPDATED
  }

  public User find(Caller caller, long id) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new NotFoundException("user.notFound", id);
    }
    if (!user.id().equals(caller.userId())) {
      caller.ensureAdministers(user.region());
    }
    return user;
  }

  public Optional<User> byUsername(String username) {
    return em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * Sets the caller's own password after checking the current one, which is throttled like a
   * sign-in, and ends their other sessions and tokens.
   */
  public void changeOwnPassword(Caller caller, String current, String next, String clientAddress) {
    User user = em.find(User.class, caller.userId());
    proveCurrentPassword(user, current, clientAddress);
    setPassword(user, next, caller.sessionId());
  }

  private void proveCurrentPassword(User user, String current, String clientAddress) {
    throttle.admit(user.username(), clientAddress, clock.instant());
    char[] given = current == null ? new char[0] : current.toCharArray();
    if (!passwords.verifyOrBurn(given, user.passwordHash())) {
      throttle.failed(user.username(), clientAddress, clock.instant());
      throw new InvalidInputException("currentPassword", "password.currentWrong");
    }
    throttle.succeeded(user.username(), clientAddress);
  }

  /** A new password ends every session and token of the user but {@code keep} (or all). */
  private void setPassword(User user, String next, String keep) {
    user.changePassword(
        passwords.hash(PasswordPolicy.check(next, user.username())), clock.instant());
    if (keep == null) {
      sessions.closeAllOf(user.id());
    } else {
      sessions.closeOthersOf(user.id(), keep);
    }
    passwordChanged.fire(new PasswordChanged(user.username()));
  }

  public Page<User> list(Caller caller, UserQuery query, PageRequest page) {
    // no "1 = 1" seed: EclipseLink stops binding parameters on H2 for it and then inlines booleans
    // as 1
    List<String> where = new ArrayList<>();
    Region region = null;
    if (query.region() != null && !query.region().isBlank()) {
      region = regions.byCode("region", query.region());
      caller.ensureAdministers(region);
    } else if (!caller.systemAdmin()) {
      region = caller.region();
      caller.ensureAdministers(region);
    }
    if (region != null) {
      where.add("u.region = :region");
    }
    Role role = query.role() == null || query.role().isBlank() ? null : Role.parse(query.role());
    if (role != null) {
      where.add(":role MEMBER OF u.roles");
    }
    String text = query.text() == null ? "" : query.text().strip().toLowerCase();
    if (!text.isEmpty()) {
      // no ESCAPE clause: EclipseLink then inlines every parameter, and H2 refuses an inlined
      // boolean (active = 1); backslash is the default LIKE escape of both H2 and PostgreSQL
      where.add("(LOWER(u.name) LIKE :contains OR u.username LIKE :prefix)");
    }
    if (query.active() != null) {
      where.add("u.active = :active");
    }
    if (query.activated() != null) {
      where.add(query.activated() ? "u.passwordHash IS NOT NULL" : "u.passwordHash IS NULL");
    }
    String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    TypedQuery<User> items =
        em.createQuery("SELECT u FROM User u" + clause + " ORDER BY u.name, u.id", User.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM User u" + clause, Long.class);
    for (TypedQuery<?> q : List.of(items, count)) {
      if (region != null) {
        q.setParameter("region", region);
      }
      if (role != null) {
        q.setParameter("role", role);
      }
      if (!text.isEmpty()) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        q.setParameter("contains", "%" + escaped + "%");
        q.setParameter("prefix", escaped + "%");
      }
      if (query.active() != null) {
        q.setParameter("active", query.active());
      }
    }
    // the page's regions joined in, its users' roles read in one more statement
    List<User> found =
        items
            .setHint("eclipselink.left-join-fetch", "u.region")
            .setHint("eclipselink.batch", "u.roles")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(found, page, count.getSingleResult());
  }

  /**
   * Creates the first system admin if there is no active one; false if one exists. Several nodes
   * starting at once must not both call this: two nodes starting together on PostgreSQL both came
   * back true here (BootstrapAdmin lets one node in, under a lease).
   */
  public boolean ensureSystemAdmin(
      String username, Supplier<String> passwordHash, boolean mustChangePassword) {
    if (activeSystemAdmins() > 0) {
      return false;
    }
    Instant now = clock.instant();
    User admin =
        User.systemAccount(
            username, new Profile("Administrator Sistem", null, null, null, null, null), now);
    admin.changePassword(passwordHash.get(), now);
    if (mustChangePassword) {
      admin.requirePasswordChange();
    }
    em.persist(admin);
    return true;
  }

  public boolean hasActiveSystemAdmin() {
    return activeSystemAdmins() > 0;
  }

  private long activeSystemAdmins() {
    return em.createNamedQuery(User.COUNT_WITH_ROLE, Long.class)
        .setParameter("role", Role.SYSTEM_ADMIN)
        .setParameter("active", true)
        .getSingleResult();
  }

  /** The region a draft names; a regional admin's drafts default to their own region. */
  private Region regionOf(Caller caller, UserDraft draft, Region current) {
    if (draft.hasRegion()) {
      return regions.byCode("region", draft.region());
    }
    if (current == null && !caller.systemAdmin()) {
      return caller.region();
    }
    return current;
  }

  private void ensureMayAssign(Caller caller, Region region, Set<Role> roles, Set<Role> had) {
    if (caller.systemAdmin()) {
      return;
    }
    if (roles.contains(Role.SYSTEM_ADMIN) && !had.contains(Role.SYSTEM_ADMIN)) {
      throw new ForbiddenException("role.notGrantable", Role.SYSTEM_ADMIN.name());
    }
    caller.ensureAdministers(region);
  }

  private static <T> T collect(List<FieldProblem> problems, Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.fieldProblems());
      return null;
    }
  }
}
