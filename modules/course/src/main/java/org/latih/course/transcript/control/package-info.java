/** JP credits of a learner. */
package org.latih.course.transcript.control;
