/**
 * Assessment: question banks, quizzes and the course pre-/post-tests, the attempt engine that never
 * loses an acknowledged answer, grading, learning gain and item analysis.
 */
package org.latih.assessment;
