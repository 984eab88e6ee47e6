/** REST: enrolling, reading lessons, finishing them, and a learner's courses. */
package org.latih.course.enrolment.boundary;
