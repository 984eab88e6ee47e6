package org.latih.kernel.identity.region.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.latih.kernel.rest.InvalidInputException;

/**
 * A kabupaten, kota or provinsi whose training agency uses this installation. Regions scope data: a
 * regional admin or evaluator sees only their own region's people and results.
 */
@Entity
@Table(name = "regions")
@NamedQuery(name = Region.BY_CODE, query = "SELECT r FROM Region r WHERE r.code = :code")
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.name")
public class Region {

  public static final String BY_CODE = "Region.byCode";
  public static final String ALL = "Region.all";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "regions_seq")
  @SequenceGenerator(name = "regions_seq", sequenceName = "regions_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RegionType type;

  protected Region() {}

  /** A region with a short kebab-case code (the same one its plugin uses) and its full name. */
  public Region(String code, String name, RegionType type) {
    if (code == null || !code.matches("[a-z][a-z0-9-]{1,63}")) {
      throw new InvalidInputException("code", "region.code", code);
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "field.required", "name");
    }
    if (type == null) {
      throw new InvalidInputException("type", "field.required", "type");
    }
    this.code = code;
    this.name = name.strip();
    this.type = type;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public RegionType type() {
    return type;
  }
}
