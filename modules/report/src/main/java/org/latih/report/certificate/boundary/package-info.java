/** REST: a learner's certificates, public verification, staff downloads and revocation. */
package org.latih.report.certificate.boundary;
