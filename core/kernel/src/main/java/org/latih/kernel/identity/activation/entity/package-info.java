/**
 * The stored halves of the one-time secrets: {@link
 * org.latih.kernel.identity.activation.entity.ActivationCode} and {@link
 * org.latih.kernel.identity.activation.entity.PasswordReset}, one of each per person at most, and
 * {@link org.latih.kernel.identity.activation.entity.OneTimeCode}, the shape of a code a person
 * types from paper.
 */
package org.latih.kernel.identity.activation.entity;
