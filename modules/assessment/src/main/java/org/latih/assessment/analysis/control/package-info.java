/**
 * Statistics over assessment results, as plain Java with no persistence or injection: the learning
 * gain between a course's pre-test and post-test (per learner and per cohort, with a paired t-test
 * and effect size) and classical item analysis (facility, discrimination, KR-20 / Cronbach's
 * alpha). Callers load the scores; these classes only compute.
 */
package org.latih.assessment.analysis.control;
