/** A filled-in evaluation form. */
package org.latih.evaluation.response.entity;
