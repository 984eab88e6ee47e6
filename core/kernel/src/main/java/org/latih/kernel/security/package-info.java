/**
 * Who is calling and what they may do.
 *
 * <p>Sign-in checks a PBKDF2 password hash and opens an {@code AuthSession}: a cookie for the
 * browser (HttpOnly, SameSite=Strict, with a CSRF token required on every state-changing request)
 * or a bearer token for API clients. Every resource method declares who may call it with {@link
 * org.latih.kernel.security.boundary.Allowed} or {@link
 * org.latih.kernel.security.boundary.PublicEndpoint}; a method with neither is refused, so a
 * forgotten annotation fails closed. Region checks live in {@link
 * org.latih.kernel.security.control.Caller}.
 */
package org.latih.kernel.security;
