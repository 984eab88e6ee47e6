/**
 * Courses (pelatihan) and everything a learner does with them: e-learning modules of ordered
 * lessons, course packages (import, export, the starter catalogue), cohorts (angkatan), enrolment,
 * progress, completion and the JP ledger with its transcript.
 */
package org.latih.course;
