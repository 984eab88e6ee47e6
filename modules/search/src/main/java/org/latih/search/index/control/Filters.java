package org.latih.search.index.control;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Visibility and the user's filters as non-scoring FILTER clauses: they restrict which documents
 * match without changing the ranking, and Lucene caches them across queries.
 */
final class Filters {

  private Filters() {}

  /** {@code text}, restricted to what {@code visibility} may see. */
  static BooleanQuery.Builder visible(Query text, Visibility visibility) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (!visibility.everything()) {
      // shared courses only once published: a shared draft is the system admins' work in progress
      BooleanQuery.Builder allowed =
          new BooleanQuery.Builder().add(published(CourseFields.SHARED), Occur.SHOULD);
      if (visibility.region() != null) {
        allowed.add(
            visibility.staff()
                ? term(CourseFields.REGION, visibility.region())
                : published(visibility.region()),
            Occur.SHOULD);
      }
      query.add(allowed.build(), Occur.FILTER);
    }
    return query;
  }

  /** The published courses of {@code region} (a region code, or shared). */
  private static Query published(String region) {
    return new BooleanQuery.Builder()
        .add(term(CourseFields.REGION, region), Occur.FILTER)
        .add(term(CourseFields.PUBLISHED, "true"), Occur.FILTER)
        .build();
  }

  /** Adds the user's own filters of {@code q}. */
  static BooleanQuery.Builder narrowed(BooleanQuery.Builder query, SearchQuery q) {
    if (q.competency() != null) {
      query.add(term(CourseFields.COMPETENCY, q.competency()), Occur.FILTER);
    }
    if (q.region() != null) {
      query.add(term(CourseFields.REGION, q.region()), Occur.FILTER);
    }
    if (q.course() != null) {
      query.add(term(CourseFields.COURSE, q.course()), Occur.FILTER);
    }
    if (q.jpMin() != null || q.jpMax() != null) {
      int min = q.jpMin() == null ? Integer.MIN_VALUE : q.jpMin();
      int max = q.jpMax() == null ? Integer.MAX_VALUE : q.jpMax();
      query.add(IntPoint.newRangeQuery(CourseFields.JP, min, max), Occur.FILTER);
    }
    return query;
  }

  static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
