package org.latih.kernel.plugin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A jar a system admin approved, by its SHA-256: an upload of exactly these bytes runs in any
 * region without waiting again. The plugin id and version are what the jar declared.
 */
@Entity
@Table(name = "plugin_approvals")
public class PluginApproval {

  @Id
  @Column(length = 64)
  private String checksum;

  @Column(name = "plugin_id", nullable = false, length = 40)
  private String pluginId;

  @Column(nullable = false, length = 40)
  private String version;

  @Column(name = "approved_by", nullable = false, length = 64)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  protected PluginApproval() {}

  public PluginApproval(PluginUpload upload, String approvedBy, Instant approvedAt) {
    this.checksum = upload.checksum();
    this.pluginId = upload.id();
    this.version = upload.version();
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
  }
}
