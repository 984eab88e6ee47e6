/**
 * An attempt and its slots: the question versions asked, the options' order, the saved answers and
 * their grades.
 */
package org.latih.assessment.attempt.entity;
