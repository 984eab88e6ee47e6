package org.latih.kernel.identity.activation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's one-time activation code: only its SHA-256 is kept, with who issued it, until when it
 * is valid and when it was used. At most one per person (the user id is the key), so issuing again
 * replaces the old code.
 */
@Entity
@Table(name = "activation_codes")
@NamedQuery(
    name = ActivationCode.DELETE_OF_USERS,
    query = "DELETE FROM ActivationCode c WHERE c.userId IN :ids")
// One statement decides and consumes: a second use, a race of two uses, a wrong or expired code
// and an unknown or inactive NIP all find no row to update.
@NamedQuery(
    name = ActivationCode.CONSUME,
    query =
        "UPDATE ActivationCode c SET c.usedAt = :now WHERE c.codeHash = :hash"
            + " AND c.usedAt IS NULL AND c.expiresAt > :now AND c.userId IN"
            + " (SELECT u.id FROM User u WHERE u.username = :nip AND u.active = :active)")
public class ActivationCode {

  public static final String DELETE_OF_USERS = "ActivationCode.deleteOfUsers";
  public static final String CONSUME = "ActivationCode.consume";

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected ActivationCode() {}

  public ActivationCode(
      long userId, String codeHash, String issuedBy, Instant issuedAt, Instant expiresAt) {
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("an activation code must expire after it is issued");
    }
    this.userId = userId;
    this.codeHash = codeHash;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  public Long userId() {
    return userId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }

  public String issuedBy() {
    return issuedBy;
  }
}
