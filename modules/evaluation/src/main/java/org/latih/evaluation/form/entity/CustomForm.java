package org.latih.evaluation.form.entity;

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
import org.latih.api.forms.FormDefinition;
import org.latih.kernel.identity.region.entity.Region;

/**
 * A form a region's admin built in the browser. Each save is a new version of the definition, so
 * answers keep the version they were given to; archiving hides the form from new answers and keeps
 * its answers and summary.
 */
@Entity
@Table(name = "custom_forms")
@NamedQuery(
    name = CustomForm.OF_REGION,
    query = "SELECT f FROM CustomForm f WHERE f.region.id = :regionId ORDER BY f.formKey")
@NamedQuery(
    name = CustomForm.BY_KEY,
    query = "SELECT f FROM CustomForm f WHERE f.region.id = :regionId AND f.formKey = :key")
public class CustomForm {

  public static final String OF_REGION = "CustomForm.ofRegion";
  public static final String BY_KEY = "CustomForm.byKey";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_forms_seq")
  @SequenceGenerator(
      name = "custom_forms_seq",
      sequenceName = "custom_forms_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "form_key", nullable = false, length = 80)
  private String formKey;

  @Column(name = "form_version")
  private int version;

  @Column(nullable = false, length = 200000)
  private String definition;

  private boolean archived;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CustomForm() {}

  public CustomForm(Region region, FormDefinition form, Long by, Instant now) {
    this.region = region;
    this.formKey = form.id();
    this.version = form.version();
    this.definition = FormJson.write(form);
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** The next version's number: every save is a new version. */
  public int nextVersion() {
    return version + 1;
  }

  /** Replaces the definition with a new version of the same form. */
  public void revise(FormDefinition form, Long by, Instant now) {
    if (!form.id().equals(formKey) || form.version() != nextVersion()) {
      throw new IllegalArgumentException("a revision keeps the id and takes the next version");
    }
    this.version = form.version();
    this.definition = FormJson.write(form);
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void archive(boolean archived, Instant now) {
    this.archived = archived;
    this.updatedAt = now;
  }

  public FormDefinition form() {
    return FormJson.read(definition);
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public String key() {
    return formKey;
  }

  public int version() {
    return version;
  }

  public boolean archived() {
    return archived;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
