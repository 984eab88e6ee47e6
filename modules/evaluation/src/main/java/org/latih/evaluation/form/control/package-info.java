/** The forms a region offers (its plugins' and its own), where they apply, and their checks. */
package org.latih.evaluation.form.control;
