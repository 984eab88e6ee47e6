/**
 * Kabupaten Solok: the pembinaan programme for civil servants — ethics of public service, time
 * management, periodic evaluation of citizen response against previous years, and participation
 * with equal access across units.
 */
package org.latih.plugin.solok;
