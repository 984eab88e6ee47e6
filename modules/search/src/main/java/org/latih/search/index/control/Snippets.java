package org.latih.search.index.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.latih.search.index.control.SearchResult.Segment;

/**
 * Snippets for a page of hits: Lucene's {@link UnifiedHighlighter} picks the best passage of the
 * body (the course description for a course hit) and {@link SegmentFormatter} turns it into
 * segments, the words a tolerated typo stood for included. Without a match in the body (e.g. only
 * the title matched) the start of the body is shown instead.
 */
final class Snippets extends UnifiedHighlighter {

  /** Text beyond this many characters is not searched for a passage (the highlighter's cap). */
  static final int MAX_LENGTH = 500_000;

  private final IndexSearcher searcher;
  private final QueryBuilder bodies;

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
    this.searcher = searcher;
    this.bodies = new QueryBuilder(analyzer);
  }

  /** One snippet per document id, in the order given; empty when the document has no body. */
  List<List<Segment>> of(Query query, int[] docIds) throws IOException {
    String[] fields = CourseFields.bodies();
    int[] passages = new int[fields.length];
    Arrays.fill(passages, 1);
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(fields, withCorrections(query), docIds, passages);
    List<List<Segment>> snippets = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      snippets.add(first(byField, fields, i));
    }
    return snippets;
  }

  /**
   * {@code query} plus, for each word it tolerated a typo in, the indexed words that typo matched,
   * asked of the body fields. The typo is matched on the unstemmed spelling field, which the
   * highlighter never sees, so without these a hit found by "pelayaan" showed no highlight at all.
   */
  private Query withCorrections(Query query) throws IOException {
    List<FuzzyQuery> fuzzy = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            if (leaf instanceof FuzzyQuery f) {
              fuzzy.add(f);
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    if (fuzzy.isEmpty()) {
      return query;
    }
    Set<Term> corrections = new HashSet<>();
    for (FuzzyQuery f : fuzzy) {
      searcher.rewrite(f).visit(QueryVisitor.termCollector(corrections));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, Occur.SHOULD);
    for (Term word : corrections) {
      for (String field : CourseFields.bodies()) {
        Query corrected = bodies.createBooleanQuery(field, word.text());
        if (corrected != null) {
          all.add(corrected, Occur.SHOULD);
        }
      }
    }
    return all.build();
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
