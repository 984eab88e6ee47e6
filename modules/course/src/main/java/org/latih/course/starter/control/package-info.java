/** The starter catalogue imported on a new installation's first start. */
package org.latih.course.starter.control;
