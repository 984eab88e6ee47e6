/** The REST face of exports: start a background export, watch it, download its file. */
package org.latih.report.export.boundary;
