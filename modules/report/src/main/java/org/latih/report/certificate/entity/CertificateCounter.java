package org.latih.report.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last sequence number a region gave in a year. Issuing reads it under a row lock, so
 * certificates issued at the same moment get consecutive numbers and never the same one.
 */
@Entity
@Table(name = "report_certificate_counters")
@IdClass(CertificateCounter.Key.class)
public class CertificateCounter {

  @Id
  @Column(name = "region_id")
  private Long regionId;

  @Id
  @Column(name = "counter_year")
  private int year;

  @Column(name = "last_seq", nullable = false)
  private int lastSeq;

  protected CertificateCounter() {}

  public CertificateCounter(Long regionId, int year) {
    this.regionId = regionId;
    this.year = year;
  }

  /** The next sequence number, counted as given. */
  public int next() {
    return ++lastSeq;
  }

  /** The primary key: region and year. */
  public static class Key implements Serializable {
    private Long regionId;
    private int year;

    public Key() {}

    public Key(Long regionId, int year) {
      this.regionId = regionId;
      this.year = year;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(regionId, k.regionId) && year == k.year;
    }

    @Override
    public int hashCode() {
      return Objects.hash(regionId, year);
    }
  }
}
