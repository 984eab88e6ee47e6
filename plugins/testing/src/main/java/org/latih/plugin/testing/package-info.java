/**
 * Test helpers the plugins' tests share: hand-made outcome data to run a report on, the rules every
 * evaluation form and every report of a plugin must keep, and the check that reports speak English
 * to an English reader ({@link org.latih.plugin.testing.ReportLanguages}). Plugins use this with
 * test scope, so unlike {@code org.latih.plugin.support} it is never copied into a plugin jar.
 */
package org.latih.plugin.testing;
