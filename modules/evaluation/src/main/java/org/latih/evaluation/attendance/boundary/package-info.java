/** The attendance API: sessions, sheets, rates, and one's own attendance. */
package org.latih.evaluation.attendance.boundary;
