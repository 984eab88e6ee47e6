/** The report module's message bundles. */
package org.latih.report.i18n;
