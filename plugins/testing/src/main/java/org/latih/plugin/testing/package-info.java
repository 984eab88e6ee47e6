/**
 * Test helpers the plugins' tests share: hand-made outcome data to run a report on, and the rules
 * every evaluation form and every report of a plugin must keep. Plugins use this with test scope,
 * so unlike {@code org.latih.plugin.support} it is never copied into a plugin jar.
 */
package org.latih.plugin.testing;
