/** Learning gain of a course for its staff and for the learner. */
package org.latih.assessment.analysis.boundary;
