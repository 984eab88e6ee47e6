/** Filling in the plugins' forms, reminders, and the per-item summary of the answers. */
package org.latih.evaluation.response.control;
