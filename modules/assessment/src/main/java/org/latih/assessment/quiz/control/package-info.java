/** Quizzes, and the pre-test and post-test built from a course package's question files. */
package org.latih.assessment.quiz.control;
