/**
 * The action plan (rencana tindak lanjut) a participant writes at the end of a course, and its
 * follow-up by their direct supervisor (atasan langsung) months later: Kirkpatrick's level 3.
 */
package org.latih.evaluation.plan.entity;
