/** The evaluation endpoints: forms to fill in, answers, summaries and the plugins' reports. */
package org.latih.evaluation.response.boundary;
