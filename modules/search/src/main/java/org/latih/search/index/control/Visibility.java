package org.latih.search.index.control;

/**
 * Who is searching, reduced to what decides which courses they may see: a course is visible if
 * {@code everything}, or if it belongs to the caller's region (or is shared) and is published or
 * the caller is staff. Staff see drafts of their own region only, never shared drafts.
 *
 * @param everything administrators: no restriction at all
 * @param region the caller's region code, or null (then only shared courses)
 * @param staff instructors and admins of the region: they also see unpublished courses
 */
public record Visibility(boolean everything, String region, boolean staff) {

  /** No restriction: for administrators and the index's own tools. */
  public static Visibility all() {
    return new Visibility(true, null, false);
  }

  /** A learner of {@code region}: published courses of the region and shared ones. */
  public static Visibility learner(String region) {
    return new Visibility(false, region, false);
  }

  /** Staff of {@code region}: also the region's unpublished courses. */
  public static Visibility staff(String region) {
    return new Visibility(false, region, true);
  }
}
