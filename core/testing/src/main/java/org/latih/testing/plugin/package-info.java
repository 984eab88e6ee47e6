/**
 * Plugin jars built in memory at test time: hand-crafted ones for the host's validation, and real
 * ones compiled against the api for the host's install, upgrade and run paths.
 */
package org.latih.testing.plugin;
