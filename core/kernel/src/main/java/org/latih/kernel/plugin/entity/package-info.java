/**
 * What the platform records about plugins: the installed {@link
 * org.latih.kernel.plugin.entity.Plugin} with its state, and the {@link
 * org.latih.kernel.plugin.entity.PluginAudit} trail, which stays after a plugin is removed.
 */
package org.latih.kernel.plugin.entity;
