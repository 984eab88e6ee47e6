package org.latih.kernel.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.latih.kernel.identity.user.entity.User;

/**
 * A signed-in browser session or an API token. Only the SHA-256 of the secret is stored, so the
 * table itself cannot be replayed. Kept in the database, not in memory, so any node behind the load
 * balancer can serve any request.
 */
@Entity
@Table(name = "auth_sessions")
@NamedQuery(name = AuthSession.BY_ID, query = "SELECT s FROM AuthSession s WHERE s.id = :id")
@NamedQuery(
    name = AuthSession.DELETE_OF_USER,
    query = "DELETE FROM AuthSession s WHERE s.user.id = :userId")
@NamedQuery(
    name = AuthSession.DELETE_OTHERS_OF_USER,
    query = "DELETE FROM AuthSession s WHERE s.user.id = :userId AND s.id <> :keep")
@NamedQuery(
    name = AuthSession.OF_USER,
    query =
        "SELECT s FROM AuthSession s WHERE s.user.id = :userId AND s.expiresAt > :now"
            + " ORDER BY s.createdAt DESC")
@NamedQuery(
    name = AuthSession.DELETE_EXPIRED,
    query = "DELETE FROM AuthSession s WHERE s.expiresAt < :now")
public class AuthSession {

  public static final String BY_ID = "AuthSession.byId";
  public static final String DELETE_OF_USER = "AuthSession.deleteOfUser";
  public static final String DELETE_OTHERS_OF_USER = "AuthSession.deleteOthersOfUser";
  public static final String OF_USER = "AuthSession.ofUser";
  public static final String DELETE_EXPIRED = "AuthSession.deleteExpired";

  /** How the secret travels: a browser cookie (needs CSRF checks) or a bearer token. */
  public enum Kind {
    COOKIE,
    TOKEN
  }

  @Id
  @Column(length = 64)
  private String id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(length = 100)
  private String label;

  @Column(name = "csrf_token", length = 64)
  private String csrfToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected AuthSession() {}

  public AuthSession(
      String secretHash,
      User user,
      Kind kind,
      String label,
      String csrfToken,
      Instant now,
      Instant expiresAt) {
    this.id = secretHash;
    this.user = user;
    this.kind = kind;
    this.label = label;
    this.csrfToken = csrfToken;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Usable now: not expired, and its user still active. */
  public boolean validAt(Instant now) {
    return expiresAt.isAfter(now) && user.active();
  }

  public String id() {
    return id;
  }

  public User user() {
    return user;
  }

  public Kind kind() {
    return kind;
  }

  public String label() {
    return label;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
