package org.latih.search.index.control;

/**
 * What a user asked for: free text plus optional filters. The text is checked here so that an
 * invalid query cannot exist; the REST layer maps the two message keys to a problem detail.
 *
 * @param text free text; {@code "quoted phrases"} are honoured when the quotes are balanced
 * @param competency competency type to keep, or null
 * @param jpMin smallest JP (inclusive), or null
 * @param jpMax largest JP (inclusive), or null
 * @param region region code to keep ({@code "shared"} for courses of all regions), or null
 * @param course course code to keep, or null
 * @param page 1-based page; values below 1 become 1
 * @param size hits per page, clamped to 1..{@value #MAX_SIZE} (0 or less means {@value
 *     #DEFAULT_SIZE})
 * @throws IllegalArgumentException {@code "search.empty"} for blank text, {@code "search.tooLong"}
 *     for text over {@value #MAX_LENGTH} characters
 */
public record SearchQuery(
    String text,
    String competency,
    Integer jpMin,
    Integer jpMax,
    String region,
    String course,
    int page,
    int size) {

  public static final int MAX_LENGTH = 200;
  public static final int MAX_SIZE = 50;
  public static final int DEFAULT_SIZE = 10;

  public SearchQuery {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("search.empty");
    }
    text = text.strip();
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("search.tooLong");
    }
    page = Math.max(1, page);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  /** The first page of {@code text}, without filters. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, 1, DEFAULT_SIZE);
  }

  /** Whether any of the user's own filters is set (facets are counted without them). */
  boolean filtered() {
    return competency != null || jpMin != null || jpMax != null || region != null || course != null;
  }
}
