package org.latih.kernel.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change other nodes must learn of: what kind of thing changed ({@code plugin}, {@code course},
 * …), which one (its key), in which region, from which node, and when. Written in the transaction
 * of the change itself, so a change that rolls back is never announced.
 */
@Entity
@Table(name = "change_log")
public class Change {

  public static final int KEY_LENGTH = 200;

  // allocationSize 1: ids handed out in blocks per node would not grow in the order rows are
  // written
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
  @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 16)
  private String kind;

  @Column(name = "item_key", nullable = false, length = KEY_LENGTH)
  private String key;

  @Column(name = "region_id")
  private Long regionId;

  @Column(nullable = false, length = 40)
  private String origin;

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  protected Change() {}

  public Change(String kind, String key, Long regionId, String origin, Instant at) {
    if (key.length() > KEY_LENGTH) {
      throw new IllegalArgumentException("change key longer than " + KEY_LENGTH + ": " + key);
    }
    this.kind = kind;
    this.key = key;
    this.regionId = regionId;
    this.origin = origin;
    this.at = at;
  }

  public Long id() {
    return id;
  }
}
