package org.latih.kernel.rest;

/**
 * One kind of problem a client may switch on: the slug of its RFC 9457 {@code type} URI, the HTTP
 * status it always answers with, and what it means. Each module lists its kinds in one enum, so
 * {@link ProblemTypes#all()} can document every type; the title a person reads comes from the
 * message bundles under {@link #titleKey()}.
 */
public interface ProblemType {

  /** What defines a problem type; each module's enum holds one per constant. */
  record Spec(String slug, int status, String meaning) {}

  Spec spec();

  /** The stable, kebab-case name clients switch on, such as {@code attempt-closed}. */
  default String slug() {
    return spec().slug();
  }

  default int status() {
    return spec().status();
  }

  /** One English sentence for the API documentation: when this problem happens. */
  default String meaning() {
    return spec().meaning();
  }

  /** The problem's {@code type} member, relative to the server so it works behind any proxy. */
  default String uri() {
    return "/problems/" + slug();
  }

  /** The bundle key of the short title, in Bahasa Indonesia and English. */
  default String titleKey() {
    return "problem." + slug();
  }
}
