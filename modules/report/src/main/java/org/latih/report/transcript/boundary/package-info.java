/** REST: one's own transcript PDF, and a person's transcript for the staff of their region. */
package org.latih.report.transcript.boundary;
