/**
 * REST conventions shared by every resource under {@code /api/v1}.
 *
 * <p>Domain code throws a {@link org.latih.kernel.rest.DomainException} that names what happened
 * and carries a message key; {@link org.latih.kernel.rest.ProblemMapper} turns it into an RFC 9457
 * problem detail in the caller's language. Lists answer a {@link org.latih.kernel.rest.Page}.
 * Nothing here knows about a particular feature.
 */
package org.latih.kernel.rest;
