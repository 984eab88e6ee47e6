/**
 * The host's side of plugin workers: starting a worker JVM for one plugin jar (in bubblewrap where
 * it works, see {@link org.latih.kernel.plugin.worker.Sandbox}), calling it over protocol v5, and
 * keeping it within its limits: a time limit per call, a bounded answer, a thread count and idle
 * CPU watched every second. Plain Java; the plugin host decides when to start, restart and mark
 * plugins failed.
 */
package org.latih.kernel.plugin.worker;
