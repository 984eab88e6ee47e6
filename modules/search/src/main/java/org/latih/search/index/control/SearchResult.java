package org.latih.search.index.control;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the facet counts over all visible matches, and spelling suggestions when
 * nothing matched.
 *
 * @param totalHits exact number of matching documents (courses, lessons and attachments)
 * @param suggestions corrected queries, only when {@code totalHits == 0}; each one finds something
 */
public record SearchResult(
    long totalHits, int page, int size, List<Hit> hits, Facets facets, List<String> suggestions) {

  public SearchResult {
    hits = List.copyOf(hits);
    suggestions = List.copyOf(suggestions);
  }

  static SearchResult empty(SearchQuery q) {
    return new SearchResult(0, q.page(), q.size(), List.of(), Facets.NONE, List.of());
  }

  /**
   * One matching course, lesson or attachment.
   *
   * @param kind {@code "course"}, {@code "lesson"} or {@code "attachment"}
   * @param course the course code
   * @param key lesson key or attachment file name; null for a course
   * @param title the course's title for a course hit, otherwise the lesson's or attachment's
   * @param moduleTitle the lesson's module, or null
   * @param snippet about 200 characters around the best passage (or the start of the text), with
   *     the matched words marked, so the UI can emphasise them without trusting HTML
   */
  public record Hit(
      String kind,
      String course,
      String courseTitle,
      String key,
      String title,
      String moduleTitle,
      float score,
      List<Segment> snippet) {

    public Hit {
      snippet = List.copyOf(snippet);
    }
  }

  /** A piece of snippet text; {@code match} marks a word the query matched. */
  public record Segment(String text, boolean match) {}

  /**
   * Counts of matching documents per value, over all visible matches (not just the page). They are
   * counted after visibility but <em>before</em> the user's own filters, so choosing one competency
   * still shows how many hits the others would have. Maps iterate in display order: highest count
   * first; {@code jp} in range order ({@code 1-4, 5-8, 9-16, 17+}).
   *
   * @param region region code, or {@code "shared"}
   * @param course course code
   */
  public record Facets(
      Map<String, Long> competency,
      Map<String, Long> jp,
      Map<String, Long> region,
      Map<String, Long> course) {

    static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of());
  }
}
