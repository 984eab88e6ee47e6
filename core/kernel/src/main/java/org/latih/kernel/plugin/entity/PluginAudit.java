package org.latih.kernel.plugin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened to a plugin, by whom, with the checksum of the file concerned. Never
 * changed, and kept when the plugin is uninstalled.
 */
@Entity
@Table(name = "plugin_audit")
@NamedQuery(
    name = PluginAudit.OF_PLUGIN,
    query = "SELECT a FROM PluginAudit a WHERE a.pluginId = :pluginId ORDER BY a.at, a.id")
public class PluginAudit {

  public static final String OF_PLUGIN = "PluginAudit.ofPlugin";

  /** What happened. */
  public enum Action {
    INSTALL,
    UPGRADE,
    /** An older version installed over a newer one, confirmed by the admin. */
    DOWNGRADE,
    DISABLE,
    ENABLE,
    FAIL,
    /** Retried automatically after a failure, and answered. */
    RECOVER,
    UNINSTALL,
    /** Uploaded in a region that requires approval: kept, not run, until a system admin decides. */
    AWAIT_APPROVAL,
    /** A system admin approved the waiting upload's jar; it is installed next. */
    APPROVE,
    /** The waiting upload was rejected by a system admin or withdrawn by its region's admin. */
    REJECT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plugin_audit_seq")
  @SequenceGenerator(
      name = "plugin_audit_seq",
      sequenceName = "plugin_audit_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "plugin_id", nullable = false, length = 40)
  private String pluginId;

  @Column(nullable = false, length = 40)
  private String version;

  @Column(name = "region_id")
  private Long regionId;

  @Column(nullable = false, length = 16)
  private String action;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(nullable = false)
  private Instant at;

  @Column(length = 64)
  private String checksum;

  @Column(length = 2000)
  private String detail;

  protected PluginAudit() {}

  public PluginAudit(Plugin plugin, Action action, String username, Instant at) {
    this.pluginId = plugin.id();
    this.version = plugin.version();
    this.regionId = plugin.scope() == Plugin.ALL_REGIONS ? null : plugin.scope();
    this.action = action.name();
    this.username = username;
    this.at = at;
    this.checksum = plugin.checksum();
    this.detail = action == Action.FAIL ? plugin.error() : null;
  }

  /** Something that happened to an upload while it waited for approval, before it ran. */
  public PluginAudit(PluginUpload upload, Action action, String username, Instant at) {
    this.pluginId = upload.id();
    this.version = upload.version();
    this.regionId = upload.region().id();
    this.action = action.name();
    this.username = username;
    this.at = at;
    this.checksum = upload.checksum();
  }

  public String pluginId() {
    return pluginId;
  }

  public String version() {
    return version;
  }

  /** The region the plugin served when this happened; null for all regions. */
  public Long regionId() {
    return regionId;
  }

  public String action() {
    return action;
  }

  public String username() {
    return username;
  }

  public Instant at() {
    return at;
  }

  public String checksum() {
    return checksum;
  }

  public String detail() {
    return detail;
  }
}
