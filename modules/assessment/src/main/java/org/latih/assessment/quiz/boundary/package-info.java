/** Quizzes of a course with their settings, results (JSON and CSV) and item analysis. */
package org.latih.assessment.quiz.boundary;
