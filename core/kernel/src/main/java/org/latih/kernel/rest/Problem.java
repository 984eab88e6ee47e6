package org.latih.kernel.rest;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists field-level problems when there are several, so
 * a form can show each beside its field.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem with one field, already in the caller's language. */
  public record FieldError(String field, String message) {}
}
