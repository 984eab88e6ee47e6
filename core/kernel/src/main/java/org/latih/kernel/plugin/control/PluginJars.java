package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The jar of every installed plugin version, in the database ({@code plugin_jars}), keyed by
 * install scope and versioned file name as the files on disk are. This is the truth every node
 * loads an install from; the files under {@code <data dir>/plugins} are each node's cache of it.
 * Reads and writes join the caller's transaction, so an install that rolls back leaves no jar.
 */
@ApplicationScoped
public class PluginJars {

  @PersistenceContext EntityManager em;

  public void store(long scope, PluginFile file) {
    if (!has(scope, file.fileName())) {
      insert(scope, file.fileName(), file.checksum(), file.bytes());
    }
  }

  /**
   * Keeps the jar of an install made before jars were kept in the database, read from this node's
   * disk once its checksum was checked, in a transaction of its own (at start-up).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void adopt(long scope, String fileName, String checksum, byte[] bytes) {
    if (!has(scope, fileName)) {
      insert(scope, fileName, checksum, bytes);
    }
  }

  private void insert(long scope, String fileName, String checksum, byte[] bytes) {
    em.createNativeQuery(
            "INSERT INTO plugin_jars (scope, file_name, checksum, bytes) VALUES (?, ?, ?, ?)")
        .setParameter(1, scope)
        .setParameter(2, fileName)
        .setParameter(3, checksum)
        .setParameter(4, bytes)
        .executeUpdate();
  }

  public boolean has(long scope, String fileName) {
    return !em.createNativeQuery(
            "SELECT checksum FROM plugin_jars WHERE scope = ? AND file_name = ?")
        .setParameter(1, scope)
        .setParameter(2, fileName)
        .getResultList()
        .isEmpty();
  }

  public Optional<byte[]> read(long scope, String fileName) {
    List<?> found =
        em.createNativeQuery("SELECT bytes FROM plugin_jars WHERE scope = ? AND file_name = ?")
            .setParameter(1, scope)
            .setParameter(2, fileName)
            .getResultList();
    return found.isEmpty() ? Optional.empty() : Optional.of((byte[]) found.get(0));
  }

  public void delete(long scope, String fileName) {
    em.createNativeQuery("DELETE FROM plugin_jars WHERE scope = ? AND file_name = ?")
        .setParameter(1, scope)
        .setParameter(2, fileName)
        .executeUpdate();
  }
}
