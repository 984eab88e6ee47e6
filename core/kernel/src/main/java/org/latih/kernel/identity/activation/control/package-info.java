/**
 * Issuing activation codes ({@link org.latih.kernel.identity.activation.control.ActivationCodes}),
 * redeeming them ({@link org.latih.kernel.identity.activation.control.Activations}), password
 * resets by mail ({@link org.latih.kernel.identity.activation.control.PasswordResets}) and the mail
 * itself ({@link org.latih.kernel.identity.activation.control.Mailer}).
 */
package org.latih.kernel.identity.activation.control;
