package org.latih.kernel.identity.activation.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** Mail was asked for, but this server has no SMTP server configured. */
public class MailNotConfiguredException extends DomainException {

  public MailNotConfiguredException() {
    super(KernelProblem.MAIL_NOT_CONFIGURED, "mail.notConfigured");
  }
}
