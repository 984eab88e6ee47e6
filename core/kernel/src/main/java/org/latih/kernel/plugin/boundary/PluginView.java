package org.latih.kernel.plugin.boundary;

import java.time.Instant;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.entity.PluginAudit;

/**
 * A plugin install as admins see it; {@code region} null means all regions. A failed install is
 * tried again by itself at {@code retryAt}.
 */
public record PluginView(
    String id,
    String version,
    String region,
    String state,
    String error,
    Instant retryAt,
    String fileName,
    String checksum,
    String installedBy,
    Instant installedAt) {

  static PluginView of(Plugin p) {
    return new PluginView(
        p.id(),
        p.version(),
        p.region() == null ? null : p.region().code(),
        p.state().name(),
        p.error(),
        p.retryAt(),
        p.fileName(),
        p.checksum(),
        p.installedBy(),
        p.installedAt());
  }

  /** One line of a plugin's audit trail. */
  public record AuditView(
      String version, String action, String user, Instant at, String checksum, String detail) {

    static AuditView of(PluginAudit a) {
      return new AuditView(a.version(), a.action(), a.username(), a.at(), a.checksum(), a.detail());
    }
  }
}
