/**
 * Regional plugins (PF4J): upload, validation, loading without restart, isolation of plugin calls,
 * and the audit trail. Plugins compile against {@code org.latih.api} only.
 */
package org.latih.kernel.plugin;
