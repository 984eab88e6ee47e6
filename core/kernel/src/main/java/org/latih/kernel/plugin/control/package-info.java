/**
 * The plugin host: {@link org.latih.kernel.plugin.control.PluginFile} checks an upload before any
 * of it runs, {@link org.latih.kernel.plugin.control.PluginHost} loads each plugin in a PF4J
 * manager of its own, {@link org.latih.kernel.plugin.control.PluginCalls} guards every call into
 * plugin code (time limit, any throwable, answer size), and {@link
 * org.latih.kernel.plugin.control.Plugins} holds the use cases with their region rules.
 */
package org.latih.kernel.plugin.control;
