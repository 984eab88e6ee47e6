package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.plugin.entity.PluginApproval;
import org.latih.kernel.plugin.entity.PluginAudit;
import org.latih.kernel.plugin.entity.PluginUpload;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Approval of regional uploads, which system admins may require region by region: there, a regional
 * admin's upload is kept unrun until a system admin approves its jar by checksum (or rejects it).
 * An approved checksum runs at once in any region afterwards; a system admin's own uploads never
 * wait. Installing the approved upload is {@link Plugins#approve}.
 */
@ApplicationScoped
public class PluginApprovals {

  @PersistenceContext EntityManager em;
  @Inject Regions regions;
  @Inject Clock clock;

  /** Waiting jars are kept in the database: a region may keep only so many waiting at once. */
  @Inject
  @ConfigProperty(name = "latih.plugin.max-waiting-per-region", defaultValue = "10")
  int maxWaiting;

  /** Whether {@code caller}'s upload of {@code file} for {@code region} must wait for approval. */
  boolean mustWait(Caller caller, Region region, PluginFile file) {
    return region != null
        && !caller.systemAdmin()
        && required(region)
        && em.find(PluginApproval.class, file.checksum()) == null;
  }

  private boolean required(Region region) {
    return !em.createNativeQuery(
            "SELECT region_id FROM plugin_approval_regions WHERE region_id = ?")
        .setParameter(1, region.id())
        .getResultList()
        .isEmpty();
  }

  /** Keeps the upload, unrun, in place of any upload of the same id waiting in the region. */
  PluginUpload hold(Caller caller, Region region, PluginFile file, boolean downgrade) {
    supersede(file.id(), region);
    if (em.createNamedQuery(PluginUpload.COUNT_OF_REGION, Long.class)
            .setParameter("region", region.id())
            .getSingleResult()
        >= maxWaiting) {
      throw new InvalidInputException(PluginFile.FIELD, "plugin.tooManyWaiting", maxWaiting);
    }
    PluginUpload upload =
        new PluginUpload(
            file.id(),
            region,
            file.version(),
            file.fileName(),
            file.checksum(),
            file.bytes(),
            downgrade,
            caller.username(),
            clock.instant());
    em.persist(upload);
    em.persist(
        new PluginAudit(
            upload, PluginAudit.Action.AWAIT_APPROVAL, caller.username(), clock.instant()));
    return upload;
  }

  /** Drops the upload of {@code pluginId} waiting in {@code region}: another one took its place. */
  void supersede(String pluginId, Region region) {
    if (region == null) {
      return;
    }
    em.createNamedQuery(PluginUpload.OF_PLUGIN, PluginUpload.class)
        .setParameter("pluginId", pluginId)
        .setParameter("region", region.id())
        .getResultList()
        .forEach(em::remove);
    em.flush();
  }

  /** The uploads waiting: every region's for a system admin, else the caller's region's. */
  public List<PluginUpload> waiting(Caller caller) {
    if (caller.systemAdmin()) {
      return em.createNamedQuery(PluginUpload.ALL, PluginUpload.class).getResultList();
    }
    if (caller.region() == null) {
      return List.of();
    }
    return em.createNamedQuery(PluginUpload.OF_REGION, PluginUpload.class)
        .setParameter("region", caller.region().id())
        .getResultList();
  }

  /** The waiting upload {@code key}, for a system admin or an admin of its region. */
  public PluginUpload find(Caller caller, long key) {
    return visible(caller, em.find(PluginUpload.class, key), key);
  }

  /**
   * Approves the jar of waiting upload {@code key} (system admins only) and takes the upload out of
   * the queue, for {@link Plugins#approve} to install in the same transaction.
   */
  PluginUpload approve(Caller caller, long key) {
    ensureSystemAdmin(caller);
    PluginUpload upload =
        visible(caller, em.find(PluginUpload.class, key, LockModeType.PESSIMISTIC_WRITE), key);
    if (em.find(PluginApproval.class, upload.checksum()) == null) {
      em.persist(new PluginApproval(upload, caller.username(), clock.instant()));
    }
    em.persist(
        new PluginAudit(upload, PluginAudit.Action.APPROVE, caller.username(), clock.instant()));
    em.remove(upload);
    return upload;
  }

  /** Rejects the waiting upload (a system admin) or withdraws it (its region's admin). */
  @Transactional
  public void reject(Caller caller, long key) {
    PluginUpload upload =
        visible(caller, em.find(PluginUpload.class, key, LockModeType.PESSIMISTIC_WRITE), key);
    em.persist(
        new PluginAudit(upload, PluginAudit.Action.REJECT, caller.username(), clock.instant()));
    em.remove(upload);
  }

  /** The codes of the regions whose admins' uploads wait for approval. */
  public List<String> requiringRegions() {
    return em
        .createNativeQuery(
            "SELECT r.code FROM regions r JOIN plugin_approval_regions a ON a.region_id = r.id"
                + " ORDER BY r.code")
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /**
   * Makes uploads by the admins of region {@code code} wait for approval, or not (system admins).
   */
  @Transactional
  public void require(Caller caller, String code, boolean required) {
    ensureSystemAdmin(caller);
    Region region = regions.byCode("region", code);
    if (required == required(region)) {
      return;
    }
    em.createNativeQuery(
            required
                ? "INSERT INTO plugin_approval_regions (region_id) VALUES (?)"
                : "DELETE FROM plugin_approval_regions WHERE region_id = ?")
        .setParameter(1, region.id())
        .executeUpdate();
  }

  private static PluginUpload visible(Caller caller, PluginUpload upload, long key) {
    if (upload == null || !caller.administers(upload.region())) {
      throw new NotFoundException("plugin.uploadNotFound", key);
    }
    return upload;
  }

  private static void ensureSystemAdmin(Caller caller) {
    if (!caller.systemAdmin()) {
      throw new ForbiddenException("plugin.approvalSystemAdminOnly");
    }
  }
}
