package org.latih.kernel.plugin.boundary;

import java.time.Instant;
import org.latih.kernel.plugin.entity.PluginUpload;

/**
 * An upload waiting for a system admin's approval; {@code key} names it in {@code plugin-uploads}.
 * {@code state} is always {@code AWAITING_APPROVAL}, so a client can tell this answer to an upload
 * from an install.
 */
public record PluginUploadView(
    long key,
    String id,
    String version,
    String region,
    String fileName,
    String checksum,
    boolean downgrade,
    String uploadedBy,
    Instant uploadedAt,
    String state) {

  static PluginUploadView of(PluginUpload u) {
    return new PluginUploadView(
        u.key(),
        u.id(),
        u.version(),
        u.region().code(),
        u.fileName(),
        u.checksum(),
        u.downgrade(),
        u.uploadedBy(),
        u.uploadedAt(),
        "AWAITING_APPROVAL");
  }
}
