/**
 * REST conventions shared by every resource under {@code /api/v1}.
 *
 * <p>Domain code throws a {@link org.latih.kernel.rest.DomainException} that names what happened
 * and carries a {@link org.latih.kernel.rest.ProblemType} (slug, HTTP status, meaning) and a
 * message key; {@link org.latih.kernel.rest.DomainExceptionMapper} turns it into an RFC 9457
 * problem detail of type {@code /problems/<slug>} in the caller's language. Each module lists its
 * types in one enum registered as a {@link org.latih.kernel.rest.ProblemCatalog}; {@link
 * org.latih.kernel.rest.ProblemTypes#all()} is the one list, which {@link
 * org.latih.kernel.rest.ProblemDocumentation} puts into the OpenAPI document. Lists answer a {@link
 * org.latih.kernel.rest.Page}. Nothing here knows about a particular feature.
 */
package org.latih.kernel.rest;
