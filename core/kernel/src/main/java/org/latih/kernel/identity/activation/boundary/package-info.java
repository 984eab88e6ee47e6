/**
 * The HTTP side of activation: admins issue codes under {@code users/activation-codes}; the public
 * {@code auth/activation} and {@code auth/password-reset} let a person set their own password and
 * sign them in.
 */
package org.latih.kernel.identity.activation.boundary;
