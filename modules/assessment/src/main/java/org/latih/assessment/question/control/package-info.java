/**
 * Question banks: GIFT and Moodle XML import (every problem reported by line, nothing
 * half-imported), GIFT export, and the checks a course package's question files pass before import.
 */
package org.latih.assessment.question.control;
