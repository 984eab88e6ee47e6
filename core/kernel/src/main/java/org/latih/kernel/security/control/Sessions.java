package org.latih.kernel.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.security.entity.AuthSession;

/**
 * Opens, finds and closes sessions and API tokens. A CDI bean, not an EJB: every request passes
 * through {@link #find}, and as a stateless EJB each call took a bean from the container's pool,
 * whose lock was among the most contended of an exam-day profile.
 */
@ApplicationScoped
@Transactional
public class Sessions {

  /** {@link AuthSession#BY_ID} with the user, region and roles fetched in the same statement. */
  private static final String BY_ID_FETCHING = AuthSession.BY_ID + ".fetching";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.security.session.hours", defaultValue = "12")
  int sessionHours;

  @Inject
  @ConfigProperty(name = "latih.security.token.days", defaultValue = "30")
  int tokenDays;

  /**
   * Registers {@link #BY_ID_FETCHING} once, so EclipseLink builds its SQL once. Set on the query of
   * each request instead, the fetch hints made it build the SQL again every time: 8 % of the
   * server's CPU samples in bench/exam-day ceiling. (The same hints in the annotation fail in this
   * EclipseLink, and fetch joins through aliases in the JPQL were not all applied.)
   */
  @PostConstruct
  void registerQueries() {
    em.getEntityManagerFactory()
        .addNamedQuery(
            BY_ID_FETCHING,
            em.createNamedQuery(AuthSession.BY_ID)
                .setHint("eclipselink.join-fetch", "s.user")
                .setHint("eclipselink.left-join-fetch", "s.user.region")
                .setHint("eclipselink.left-join-fetch", "s.user.roles")
                // only read (the caller copies what it needs): no working copy, nothing to compare
                // at commit, on every request
                .setHint("eclipselink.read-only", "true"));
  }

  /** A new session; the secret in the answer is shown once and never stored. */
  public Opened open(User user, AuthSession.Kind kind, String label) {
    Instant now = clock.instant();
    Duration ttl =
        kind == AuthSession.Kind.COOKIE
            ? Duration.ofHours(sessionHours)
            : Duration.ofDays(tokenDays);
    String secret = Secrets.newSecret();
    String csrf = kind == AuthSession.Kind.COOKIE ? Secrets.newSecret() : null;
    AuthSession session =
        new AuthSession(
            Secrets.sha256(secret),
            // a reference, not a merge: the user signed in a moment ago may have signed in again
            // since (another tab), and merging the older copy would fail on its version
            em.getReference(User.class, user.id()),
            kind,
            label,
            csrf,
            now,
            now.plus(ttl));
    em.persist(session);
    return new Opened(secret, session);
  }

  /** The valid session for a presented secret, or null; a read, so no transaction of its own. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuthSession find(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return null;
    }
    // every request comes through here: the session, its user, region and roles in one statement
    AuthSession session =
        em.createNamedQuery(BY_ID_FETCHING, AuthSession.class)
            .setParameter("id", Secrets.sha256(secret))
            .getResultStream()
            .findFirst()
            .orElse(null);
    return session != null && session.validAt(clock.instant()) ? session : null;
  }

  /** The caller's own session, already validated by the authentication filter. */
  public AuthSession current(String sessionId) {
    return em.find(AuthSession.class, sessionId);
  }

  public void close(String sessionId) {
    AuthSession session = em.find(AuthSession.class, sessionId);
    if (session != null) {
      em.remove(session);
    }
  }

  /** Signs a user out everywhere, for example when an admin deactivates the account. */
  public void closeAllOf(Long userId) {
    em.createNamedQuery(AuthSession.DELETE_OF_USER).setParameter("userId", userId).executeUpdate();
  }

  /**
   * Signs a user out everywhere but the session {@code keep}, after they changed their password.
   */
  public void closeOthersOf(Long userId, String keep) {
    em.createNamedQuery(AuthSession.DELETE_OTHERS_OF_USER)
        .setParameter("userId", userId)
        .setParameter("keep", keep == null ? "" : keep)
        .executeUpdate();
  }

  /** A user's valid sessions and tokens, newest first. */
  public List<AuthSession> of(Long userId) {
    return em.createNamedQuery(AuthSession.OF_USER, AuthSession.class)
        .setParameter("userId", userId)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /**
   * How the owner names a session to revoke it. Not the id: the id is the lookup key for the
   * secret's hash, and shown ids should not be usable to find rows.
   */
  public static String handleOf(AuthSession session) {
    return Secrets.sha256(session.id()).substring(0, 20);
  }

  /** Ends one of a user's own sessions or tokens by its handle; false if they have none such. */
  public boolean closeOwn(Long userId, String handle) {
    for (AuthSession session : of(userId)) {
      if (handleOf(session).equals(handle)) {
        em.remove(session);
        return true;
      }
    }
    return false;
  }

  /** A freshly opened session with its one-time secret. */
  public record Opened(String secret, AuthSession session) {}
}
