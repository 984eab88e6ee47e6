package org.latih.kernel.identity.activation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mailed password-reset link's token, kept as its SHA-256 with its validity. At most one per
 * person: asking again replaces it, so only the newest mail works.
 */
@Entity
@Table(name = "password_resets")
@NamedQuery(
    name = PasswordReset.DELETE_OF_USER,
    query = "DELETE FROM PasswordReset r WHERE r.userId = :userId")
@NamedQuery(
    name = PasswordReset.CONSUME,
    query =
        "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.tokenHash = :hash"
            + " AND r.usedAt IS NULL AND r.expiresAt > :now")
@NamedQuery(
    name = PasswordReset.BY_HASH,
    query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
public class PasswordReset {

  public static final String DELETE_OF_USER = "PasswordReset.deleteOfUser";
  public static final String CONSUME = "PasswordReset.consume";
  public static final String BY_HASH = "PasswordReset.byHash";

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  public PasswordReset(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Long userId() {
    return userId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
