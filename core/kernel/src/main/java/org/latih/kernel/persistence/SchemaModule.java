package org.latih.kernel.persistence;

/**
 * A module that owns tables, found through {@link java.util.ServiceLoader} (list it in {@code
 * META-INF/services/org.latih.kernel.persistence.SchemaModule}). Its Flyway migrations live under
 * {@code db/migration/<name>} with their own history table, and run after the kernel's, in
 * ascending {@link #order()}.
 */
public interface SchemaModule {

  /** The folder under db/migration and the suffix of the history table, such as "course". */
  String name();

  /** Modules whose tables reference another module's run after it: higher numbers later. */
  int order();
}
