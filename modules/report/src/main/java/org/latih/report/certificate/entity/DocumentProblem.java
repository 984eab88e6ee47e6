package org.latih.report.certificate.entity;

import org.latih.kernel.rest.ProblemType;

/**
 * The problem types of official documents (letterheads, certificates); titles are in the report
 * module's bundle under {@code problem.<slug>}.
 */
public enum DocumentProblem implements ProblemType {
  INVALID_IMAGE(
      "invalid-image", 422, "The uploaded file is not a PNG or JPEG image that can be read."),
  CERTIFICATE_NOT_EARNED(
      "certificate-not-earned", 409, "A certificate is issued once the course is completed."),
  CERTIFICATE_REVOKED(
      "certificate-revoked", 409, "The certificate was revoked, so it is no longer handed out.");

  private final Spec spec;

  DocumentProblem(String slug, int status, String meaning) {
    this.spec = new Spec(slug, status, meaning);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
