/**
 * Template plugin: one evaluation form and one report, the starting point a region copies.
 *
 * <p>Depend on core/api only, in provided scope (see plugins/pom.xml); never bundle it or PF4J.
 */
package org.latih.plugin.template;
