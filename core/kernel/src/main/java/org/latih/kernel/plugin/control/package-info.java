/**
 * The plugin host: {@link org.latih.kernel.plugin.control.PluginFile} checks an upload before any
 * of it runs, {@link org.latih.kernel.plugin.control.Workers} keeps one worker process per install
 * (see {@code org.latih.kernel.plugin.worker}), {@link org.latih.kernel.plugin.control.PluginCalls}
 * sends every call into plugin code there and decides whose fault a failure is, {@link
 * org.latih.kernel.plugin.control.PluginSupervisor} records watchdog faults and retries failed
 * installs after their backoff, and {@link org.latih.kernel.plugin.control.Plugins} holds the use
 * cases with their region rules.
 */
package org.latih.kernel.plugin.control;
