/**
 * What the assessment module's attempts publish to other modules: learners' test results in a
 * course, read through {@link org.latih.assessment.attempt.api.CourseTestResults}.
 */
package org.latih.assessment.attempt.api;
