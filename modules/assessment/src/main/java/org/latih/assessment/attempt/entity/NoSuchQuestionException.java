package org.latih.assessment.attempt.entity;

import org.latih.kernel.rest.NotFoundException;

/** The attempt has no question at this position; a generic not-found to the client. */
public class NoSuchQuestionException extends NotFoundException {

  public NoSuchQuestionException(int position) {
    super("attempt.noSuchQuestion", position);
  }
}
