/** The action-plan endpoints: my plans, the plans naming me as supervisor, and staff figures. */
package org.latih.evaluation.plan.boundary;
