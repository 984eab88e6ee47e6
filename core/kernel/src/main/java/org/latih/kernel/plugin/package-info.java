/**
 * Regional plugins (PF4J): upload, validation, per-region installs without restart, plugin code run
 * only in sandboxed worker processes, and the audit trail. Plugins compile against {@code
 * org.latih.api} only.
 */
package org.latih.kernel.plugin;
