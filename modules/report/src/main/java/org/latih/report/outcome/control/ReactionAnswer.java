package org.latih.report.outcome.control;

/**
 * One scale answer of a participant's form: where it belongs, its aspect, and its point on the
 * item's scale (kept with the scale: a 1–4 and a 1–5 item are never averaged together).
 */
public record ReactionAnswer(
    Dimensions where, String aspect, int scaleMin, int scaleMax, double value) {}
