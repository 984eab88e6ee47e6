/**
 * Writing action plans, following them up, the reminders both sides see on the home page, and the
 * per-course figures for a region's staff.
 */
package org.latih.evaluation.plan.control;
