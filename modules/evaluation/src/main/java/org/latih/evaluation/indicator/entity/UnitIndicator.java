package org.latih.evaluation.indicator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.latih.kernel.identity.region.entity.Region;

/**
 * One value of a unit kerja's indicator for a period, such as the IKM of Dinas Kesehatan in 2025:
 * the results level (Kirkpatrick 4) the region's training is meant to move.
 */
@Entity
@Table(name = "unit_indicators")
@NamedQuery(
    name = UnitIndicator.ONE,
    query =
        "SELECT i FROM UnitIndicator i WHERE i.region.id = :regionId AND i.unitKerja = :unit"
            + " AND i.indicator = :indicator AND i.periodLabel = :period")
@NamedQuery(
    name = UnitIndicator.OF_REGION,
    query =
        "SELECT i FROM UnitIndicator i WHERE i.region.id = :regionId"
            + " ORDER BY i.unitKerja, i.indicator, i.periodLabel")
public class UnitIndicator {

  public static final String ONE = "UnitIndicator.one";
  public static final String OF_REGION = "UnitIndicator.ofRegion";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_indicators_seq")
  @SequenceGenerator(
      name = "unit_indicators_seq",
      sequenceName = "unit_indicators_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "unit_kerja", nullable = false, length = 200)
  private String unitKerja;

  @Column(nullable = false, length = 60)
  private String indicator;

  @Column(name = "period_label", nullable = false, length = 10)
  private String periodLabel;

  @Column(name = "period_year", nullable = false)
  private int periodYear;

  @Column(name = "indicator_value", nullable = false)
  private double value;

  @Column(length = 1000)
  private String note;

  @Column(name = "recorded_by")
  private Long recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected UnitIndicator() {}

  public UnitIndicator(Region region, String unitKerja, String indicator, Period period) {
    this.region = region;
    this.unitKerja = unitKerja;
    this.indicator = indicator;
    this.periodLabel = period.label();
    this.periodYear = period.year();
  }

  /** Sets the value, replacing an earlier one for the same unit, indicator and period. */
  public void record(double value, String note, Long recordedBy, Instant now) {
    this.value = value;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public String unitKerja() {
    return unitKerja;
  }

  public String indicator() {
    return indicator;
  }

  public String period() {
    return periodLabel;
  }

  public int year() {
    return periodYear;
  }

  public double value() {
    return value;
  }

  public String note() {
    return note;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
