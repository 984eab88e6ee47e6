/**
 * Learning-gain statistics other modules reuse (the report module's outcome figures): one learner's
 * matched pre/post pair, Hake's bands and a cohort's gain with its paired t-test and effect size.
 * Pure values, no persistence.
 */
package org.latih.assessment.analysis.api;
