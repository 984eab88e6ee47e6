/** Building forms in the browser and assigning forms to courses and cohorts. */
package org.latih.evaluation.form.boundary;
