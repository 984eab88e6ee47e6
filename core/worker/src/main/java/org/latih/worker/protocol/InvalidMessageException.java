package org.latih.worker.protocol;

/** A protocol line that cannot be read: bad JSON, a wrong type, or a record refusing its values. */
public class InvalidMessageException extends RuntimeException {

  public InvalidMessageException(String message) {
    super(message);
  }
}
