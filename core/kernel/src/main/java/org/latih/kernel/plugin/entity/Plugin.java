package org.latih.kernel.plugin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.latih.kernel.identity.region.entity.Region;

/**
 * An installed plugin: the version that runs, the file it runs from and for which region (null: all
 * regions). One row per plugin id; an upgrade replaces version, file and checksum.
 */
@Entity
@Table(name = "plugins")
@NamedQuery(name = Plugin.ALL, query = "SELECT p FROM Plugin p ORDER BY p.id")
public class Plugin {

  public static final String ALL = "Plugin.all";
  private static final int ERROR_LENGTH = 2000;

  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false, length = 40)
  private String version;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id")
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PluginState state;

  @Column(length = ERROR_LENGTH)
  private String error;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(nullable = false, length = 64)
  private String checksum;

  @Column(name = "installed_by", nullable = false, length = 64)
  private String installedBy;

  @Column(name = "installed_at", nullable = false)
  private Instant installedAt;

  protected Plugin() {}

  /** A plugin that has just started: it is installed. */
  public Plugin(
      String id,
      String version,
      Region region,
      String fileName,
      String checksum,
      String installedBy,
      Instant installedAt) {
    this.id = id;
    this.region = region;
    this.state = PluginState.INSTALLED;
    replaceWith(version, fileName, checksum, installedBy, installedAt);
  }

  /** A new version has started in place of this one. */
  public void replaceWith(
      String version, String fileName, String checksum, String installedBy, Instant installedAt) {
    this.version = version;
    this.fileName = fileName;
    this.checksum = checksum;
    this.installedBy = installedBy;
    this.installedAt = installedAt;
    this.state = PluginState.INSTALLED;
    this.error = null;
  }

  public void disable() {
    state = PluginState.DISABLED;
  }

  /** Started again after being disabled or failed. */
  public void enable() {
    state = PluginState.INSTALLED;
    error = null;
  }

  public void fail(String why) {
    state = PluginState.FAILED;
    error =
        why == null || why.isBlank()
            ? "unknown error"
            : why.length() > ERROR_LENGTH ? why.substring(0, ERROR_LENGTH) : why;
  }

  public boolean serving() {
    return state == PluginState.INSTALLED;
  }

  /** Serves every region, or {@code target}. */
  public boolean serves(Region target) {
    return region == null || (target != null && region.id().equals(target.id()));
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public Region region() {
    return region;
  }

  public PluginState state() {
    return state;
  }

  public String error() {
    return error;
  }

  public String fileName() {
    return fileName;
  }

  public String checksum() {
    return checksum;
  }

  public String installedBy() {
    return installedBy;
  }

  public Instant installedAt() {
    return installedAt;
  }
}
