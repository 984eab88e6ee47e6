/** REST: a learner's transcript. */
package org.latih.course.transcript.boundary;
