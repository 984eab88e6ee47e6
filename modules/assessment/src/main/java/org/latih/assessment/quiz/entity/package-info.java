/**
 * A quiz and its settings: time limit, window, attempts, grading method, pass mark, shuffling and
 * review.
 */
package org.latih.assessment.quiz.entity;
