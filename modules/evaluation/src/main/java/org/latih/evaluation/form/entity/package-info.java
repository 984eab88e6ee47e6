/** Forms built by a region's admins, and assignments of forms to courses and cohorts. */
package org.latih.evaluation.form.entity;
