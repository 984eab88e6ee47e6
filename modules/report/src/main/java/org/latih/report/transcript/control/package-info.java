/** Reading a person's JP credits with their certificate numbers, and the transcript PDF. */
package org.latih.report.transcript.control;
