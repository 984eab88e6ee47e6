/**
 * Getting imported ASN to their own password: one-time activation codes that a region's admin hands
 * out on paper (or has mailed), and password-reset links mailed on request when SMTP is configured.
 * Both are random secrets stored only as SHA-256 digests, used once, valid for a limited time, and
 * checked under the sign-in throttle with one answer for every kind of failure.
 */
package org.latih.kernel.identity.activation;
