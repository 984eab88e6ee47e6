/** A certificate with the facts it was issued with, and the per-region, per-year counter. */
package org.latih.report.certificate.entity;
