/** The question bank endpoints for a course's editors. */
package org.latih.assessment.question.boundary;
