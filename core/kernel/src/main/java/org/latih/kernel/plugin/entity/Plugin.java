package org.latih.kernel.plugin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.latih.kernel.identity.region.entity.Region;

/**
 * A plugin installed for one region (or, by a system admin, for all regions): the version that
 * runs, the file it runs from, the definitions its worker read once from this version, and its
 * state. Each region has its own install of a plugin id; an upgrade replaces version, file,
 * checksum and definitions of that install only.
 */
@Entity
@Table(name = "plugin_installs")
@NamedQuery(
    name = Plugin.ALL,
    query = "SELECT p FROM Plugin p LEFT JOIN FETCH p.region ORDER BY p.pluginId, p.scope")
@NamedQuery(
    name = Plugin.SERVING,
    query =
        "SELECT p FROM Plugin p LEFT JOIN FETCH p.region WHERE p.scope IN (0, :region)"
            + " AND p.state = org.latih.kernel.plugin.entity.PluginState.INSTALLED"
            + " ORDER BY p.pluginId, p.scope")
@NamedQuery(
    name = Plugin.BY_ID,
    query =
        "SELECT p FROM Plugin p LEFT JOIN FETCH p.region WHERE p.pluginId = :pluginId"
            + " ORDER BY p.scope")
@NamedQuery(
    name = Plugin.IN_SCOPE,
    query = "SELECT p FROM Plugin p WHERE p.pluginId = :pluginId AND p.scope = :scope")
@NamedQuery(
    name = Plugin.DUE_RETRY,
    query =
        "SELECT p FROM Plugin p WHERE p.state = org.latih.kernel.plugin.entity.PluginState.FAILED"
            + " AND p.retryAt <= :now")
public class Plugin {

  public static final String ALL = "Plugin.all";
  public static final String SERVING = "Plugin.serving";
  public static final String BY_ID = "Plugin.byId";
  public static final String DUE_RETRY = "Plugin.dueRetry";

  /** One region's install of an id, without joins: it is read under a row lock. */
  public static final String IN_SCOPE = "Plugin.inScope";

  /** Scope of an install for all regions. */
  public static final long ALL_REGIONS = 0;

  private static final int ERROR_LENGTH = 2000;
  private static final Duration LAST_RETRY = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plugin_installs_seq")
  @SequenceGenerator(
      name = "plugin_installs_seq",
      sequenceName = "plugin_installs_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "plugin_id", nullable = false, length = 40)
  private String pluginId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(nullable = false)
  private long scope;

  @Column(nullable = false, length = 40)
  private String version;

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

  /** Forms and reports as JSON; null for an install made before they were kept. */
  @Column(length = DEFINITIONS_LENGTH)
  private String definitions;

  @Column(nullable = false)
  private int failures;

  @Column(name = "retry_at")
  private Instant retryAt;

  public static final int DEFINITIONS_LENGTH = 1_000_000;

  protected Plugin() {}

  /** A plugin that has just started: it is installed. */
  public Plugin(
      String pluginId,
      Region region,
      String version,
      String fileName,
      String checksum,
      String definitions,
      String installedBy,
      Instant installedAt) {
    this.pluginId = pluginId;
    this.region = region;
    this.scope = region == null ? ALL_REGIONS : region.id();
    replaceWith(version, fileName, checksum, definitions, installedBy, installedAt);
  }

  /** A new version has started in place of this one. */
  public void replaceWith(
      String version,
      String fileName,
      String checksum,
      String definitions,
      String installedBy,
      Instant installedAt) {
    this.version = version;
    this.fileName = fileName;
    this.checksum = checksum;
    this.definitions = definitions;
    this.installedBy = installedBy;
    this.installedAt = installedAt;
    enable();
  }

  public void disable() {
    state = PluginState.DISABLED;
    retryAt = null;
  }

  /** Started again after being disabled or failed, by an admin: its failures are forgiven. */
  public void enable() {
    state = PluginState.INSTALLED;
    error = null;
    failures = 0;
    retryAt = null;
  }

  /** Its worker answered again after a failure; the count stays, so a relapse waits longer. */
  public void recover() {
    state = PluginState.INSTALLED;
    retryAt = null;
  }

  /**
   * Out of service for a fault of its own, to be tried again after a backoff that starts at {@code
   * firstRetry} and doubles with each consecutive failure (by default 10 s, 20 s, 40 s … at most 15
   * minutes).
   */
  public void fail(String why, Instant now, Duration firstRetry) {
    state = PluginState.FAILED;
    error =
        why == null || why.isBlank()
            ? "unknown error"
            : why.length() > ERROR_LENGTH ? why.substring(0, ERROR_LENGTH) : why;
    failures++;
    long factor = 1L << Math.min(failures - 1, 20);
    Duration wait = firstRetry.multipliedBy(factor);
    retryAt = now.plus(wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait);
  }

  /** Definitions read from this version, to be kept. */
  public void define(String definitions) {
    this.definitions = definitions;
  }

  public boolean serving() {
    return state == PluginState.INSTALLED;
  }

  /** Serves every region, or {@code target}. */
  public boolean serves(Region target) {
    return scope == ALL_REGIONS || (target != null && scope == target.id());
  }

  /** The install's own key: a plugin id is installed once per region. */
  public Long key() {
    return id;
  }

  public String id() {
    return pluginId;
  }

  public long scope() {
    return scope;
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

  public String definitions() {
    return definitions;
  }

  public int failures() {
    return failures;
  }

  public Instant retryAt() {
    return retryAt;
  }

  public String installedBy() {
    return installedBy;
  }

  public Instant installedAt() {
    return installedAt;
  }
}
