package org.latih.search.index.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.latih.search.index.control.SearchResult.Segment;

/**
 * Snippets for a page of hits: Lucene's {@link UnifiedHighlighter} picks the best passage of the
 * body (the course description for a course hit) and {@link SegmentFormatter} turns it into
 * segments. Without a match in the body (e.g. only the title matched, or a typo was tolerated) the
 * start of the body is shown instead.
 */
final class Snippets extends UnifiedHighlighter {

  /** Text beyond this many characters is not searched for a passage (the highlighter's cap). */
  static final int MAX_LENGTH = 500_000;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    super(
        builder(searcher, analyzer)
            .withFormatter(new SegmentFormatter())
            .withMaxLength(MAX_LENGTH)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT),
                        SegmentFormatter.WINDOW,
                        0.5f)));
  }

  /** One snippet per document id, in the order given; empty when the document has no body. */
  List<List<Segment>> of(Query query, int[] docIds) throws IOException {
    String[] fields = CourseFields.bodies();
    int[] passages = new int[fields.length];
    Arrays.fill(passages, 1);
    Map<String, Object[]> byField = highlightFieldsAsObjects(fields, query, docIds, passages);
    List<List<Segment>> snippets = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      snippets.add(first(byField, fields, i));
    }
    return snippets;
  }

  @SuppressWarnings("unchecked")
  private static List<Segment> first(Map<String, Object[]> byField, String[] fields, int i) {
    for (String field : fields) {
      Object snippet = byField.get(field)[i];
      if (snippet instanceof List<?> segments && !segments.isEmpty()) {
        return (List<Segment>) segments;
      }
    }
    return List.of();
  }
}
