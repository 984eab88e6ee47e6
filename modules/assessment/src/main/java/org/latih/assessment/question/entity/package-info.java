/**
 * Questions as values: their content per type, a learner's response and its grade. A question's
 * content is immutable; editing a question makes a new version, so finished attempts keep the exact
 * text and key they were graded against.
 */
package org.latih.assessment.question.entity;
