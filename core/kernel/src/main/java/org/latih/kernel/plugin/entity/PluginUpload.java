package org.latih.kernel.plugin.entity;

import jakarta.persistence.Basic;
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
 * A regional admin's upload that waits, unrun, for a system admin to approve its jar (in a region
 * that requires approval). At most one waits per plugin id and region: a newer upload replaces it.
 */
@Entity
@Table(name = "plugin_uploads")
@NamedQuery(
    name = PluginUpload.ALL,
    query = "SELECT u FROM PluginUpload u JOIN FETCH u.region ORDER BY u.uploadedAt, u.id")
@NamedQuery(
    name = PluginUpload.OF_REGION,
    query =
        "SELECT u FROM PluginUpload u JOIN FETCH u.region WHERE u.region.id = :region"
            + " ORDER BY u.uploadedAt, u.id")
@NamedQuery(
    name = PluginUpload.COUNT_OF_REGION,
    query = "SELECT COUNT(u) FROM PluginUpload u WHERE u.region.id = :region")
@NamedQuery(
    name = PluginUpload.OF_PLUGIN,
    query = "SELECT u FROM PluginUpload u WHERE u.pluginId = :pluginId AND u.region.id = :region")
public class PluginUpload {

  public static final String ALL = "PluginUpload.all";
  public static final String OF_REGION = "PluginUpload.ofRegion";
  public static final String OF_PLUGIN = "PluginUpload.ofPlugin";
  public static final String COUNT_OF_REGION = "PluginUpload.countOfRegion";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plugin_uploads_seq")
  @SequenceGenerator(
      name = "plugin_uploads_seq",
      sequenceName = "plugin_uploads_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "plugin_id", nullable = false, length = 40)
  private String pluginId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(nullable = false, length = 40)
  private String version;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(nullable = false, length = 64)
  private String checksum;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] bytes;

  /** The uploader confirmed replacing a newer installed version with this older one. */
  @Column(nullable = false)
  private boolean downgrade;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected PluginUpload() {}

  public PluginUpload(
      String pluginId,
      Region region,
      String version,
      String fileName,
      String checksum,
      byte[] bytes,
      boolean downgrade,
      String uploadedBy,
      Instant uploadedAt) {
    this.pluginId = pluginId;
    this.region = region;
    this.version = version;
    this.fileName = fileName;
    this.checksum = checksum;
    this.bytes = bytes;
    this.downgrade = downgrade;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long key() {
    return id;
  }

  public String id() {
    return pluginId;
  }

  public Region region() {
    return region;
  }

  public String version() {
    return version;
  }

  public String fileName() {
    return fileName;
  }

  public String checksum() {
    return checksum;
  }

  public byte[] bytes() {
    return bytes;
  }

  public boolean downgrade() {
    return downgrade;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
