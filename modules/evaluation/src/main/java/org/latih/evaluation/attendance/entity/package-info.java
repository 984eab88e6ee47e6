/**
 * Sessions of a cohort and the attendance recorded for them: one record per session and
 * participant, present or absent.
 */
package org.latih.evaluation.attendance.entity;
