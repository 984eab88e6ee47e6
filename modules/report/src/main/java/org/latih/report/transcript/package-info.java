/** A person's transcript (completed courses, JP per year against the target) as JSON and PDF. */
package org.latih.report.transcript;
