package org.latih.search.index.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean" for a search that found nothing: each word unknown to the index is replaced by its
 * closest indexed words ({@link DirectSpellChecker} on the unstemmed {@link CourseFields#SPELL}
 * field, so no separate dictionary must be kept in sync). The n-th suggestion combines every word's
 * n-th candidate. A suggestion is offered only if it finds something the caller may see, which also
 * keeps words of invisible (unpublished, other region) courses from leaking.
 */
final class Suggestions {

  static final int PER_WORD = 3;

  private final DirectSpellChecker checker = new DirectSpellChecker();

  /**
   * @param words the query's lower-cased words
   * @param finds whether a suggested query text finds a visible document
   */
  List<String> of(List<String> words, IndexReader reader, Predicate<String> finds)
      throws IOException {
    List<List<String>> candidates = new ArrayList<>();
    boolean corrected = false;
    for (String word : words) {
      SuggestWord[] similar =
          checker.suggestSimilar(
              new Term(CourseFields.SPELL, word),
              PER_WORD,
              reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      List<String> options = new ArrayList<>();
      for (SuggestWord suggestion : similar) {
        options.add(suggestion.string);
      }
      corrected |= !options.isEmpty();
      candidates.add(options.isEmpty() ? List.of(word) : options);
    }
    if (!corrected) {
      return List.of();
    }
    Set<String> suggestions = new LinkedHashSet<>();
    for (int n = 0; n < PER_WORD; n++) {
      List<String> combined = new ArrayList<>();
      for (List<String> options : candidates) {
        combined.add(options.get(Math.min(n, options.size() - 1)));
      }
      String text = String.join(" ", combined);
      if (!words.equals(combined) && finds.test(text)) {
        suggestions.add(text);
      }
    }
    return List.copyOf(suggestions);
  }
}
