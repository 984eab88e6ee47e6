/**
 * Provinsi Bengkulu: exams after training (pre/post scores and gain), participant feedback on pace
 * and content, face-to-face against online delivery, and attendance.
 */
package org.latih.plugin.bengkulu;
