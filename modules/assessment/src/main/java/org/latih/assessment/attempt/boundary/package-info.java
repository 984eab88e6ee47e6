/**
 * Taking a quiz, and grading essays; learners only ever see their own attempts, and never a key
 * before the quiz's review mode allows it.
 */
package org.latih.assessment.attempt.boundary;
