package org.latih.search.index.control;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.latih.search.index.control.SearchResult.Facets;

/**
 * Counts the facets of a search from the documents a {@link FacetsCollector} gathered. JP uses
 * lucene-facet's range counting; the keyword facets read each segment's sorted doc values directly,
 * which needs no per-reader state to cache and refresh (unlike {@code
 * SortedSetDocValuesFacetField}).
 */
final class FacetCounts {

  static final List<LongRange> JP_RANGES =
      List.of(
          new LongRange("1-4", 1, true, 4, true),
          new LongRange("5-8", 5, true, 8, true),
          new LongRange("9-16", 9, true, 16, true),
          new LongRange("17+", 17, true, Long.MAX_VALUE, true));

  private FacetCounts() {}

  static Facets of(FacetsCollector collector) throws IOException {
    return new Facets(
        keyword(collector, CourseFields.COMPETENCY),
        jp(collector),
        keyword(collector, CourseFields.REGION),
        keyword(collector, CourseFields.COURSE));
  }

  private static Map<String, Long> jp(FacetsCollector collector) throws IOException {
    LongRangeFacetCounts counts =
        new LongRangeFacetCounts(CourseFields.JP, collector, JP_RANGES.toArray(LongRange[]::new));
    Map<String, Long> jp = new LinkedHashMap<>();
    JP_RANGES.forEach(range -> jp.put(range.label, 0L));
    FacetResult result = counts.getAllChildren(CourseFields.JP);
    for (LabelAndValue value : result.labelValues) {
      jp.put(value.label, value.value.longValue());
    }
    return Collections.unmodifiableMap(jp);
  }

  private static Map<String, Long> keyword(FacetsCollector collector, String field)
      throws IOException {
    Map<String, Long> counts = new HashMap<>();
    for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
      SortedDocValues values = DocValues.getSorted(matching.context.reader(), field);
      long[] perOrdinal = new long[values.getValueCount()];
      DocIdSetIterator docs = matching.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          perOrdinal[values.ordValue()]++;
        }
      }
      for (int ord = 0; ord < perOrdinal.length; ord++) {
        if (perOrdinal[ord] > 0) {
          counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
        }
      }
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    return Collections.unmodifiableMap(sorted);
  }
}
