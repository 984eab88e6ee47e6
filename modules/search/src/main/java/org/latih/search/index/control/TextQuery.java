package org.latih.search.index.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A user's text as a Lucene query, built from analysed tokens and never through {@code
 * QueryParser}: a learner typing {@code C++ (dasar)} or {@code "ASN} gets a search, not a syntax
 * error. Balanced double quotes make phrases; unbalanced ones are ordinary characters.
 *
 * <p>Each word or phrase becomes one clause matching title (boost 3), tags (2) and body (1) in the
 * Indonesian and the English fields; clauses are SHOULD with a minimum to match (all of one or two,
 * 75% of more), so a longer query tolerates one word the course does not use. A tolerant query of
 * one or two words also matches the unstemmed {@link CourseFields#SPELL} field within one or two
 * edits, weakly boosted, so "pelayaan" still finds "pelayanan".
 */
final class TextQuery {

  private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
  private static final float TITLE_BOOST = 3f;
  private static final float TAGS_BOOST = 2f;
  private static final float FUZZY_BOOST = 0.3f;

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  TextQuery(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * The query for {@code text}, or null when nothing searchable is left (e.g. only "&&").
   *
   * @param tolerant whether one- and two-word queries also match words a letter or two off; the
   *     index asks for it only when the exact query finds (almost) nothing, because building the
   *     edit-distance automata costs more than the whole exact search
   */
  Query build(String text, boolean tolerant) {
    List<Query> clauses = new ArrayList<>();
    List<String> loose = words(looseText(text, clauses));
    boolean fuzzy = tolerant && loose.size() + clauses.size() <= 2;
    for (String word : loose) {
      Query clause = clause(word, false, fuzzy);
      if (clause != null) {
        clauses.add(clause);
      }
    }
    if (clauses.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    clauses.forEach(clause -> query.add(clause, Occur.SHOULD));
    int n = clauses.size();
    return query.setMinimumNumberShouldMatch(n <= 2 ? n : (int) Math.floor(n * 0.75)).build();
  }

  /** Adds a clause per quoted phrase (when quotes are balanced); returns the rest of the text. */
  private String looseText(String text, List<Query> clauses) {
    if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
      return text;
    }
    StringBuilder rest = new StringBuilder();
    Matcher matcher = PHRASE.matcher(text);
    while (matcher.find()) {
      matcher.appendReplacement(rest, " ");
      Query phrase = clause(matcher.group(1), true, false);
      if (phrase != null) {
        clauses.add(phrase);
      }
    }
    matcher.appendTail(rest);
    return rest.toString();
  }

  private Query clause(String text, boolean phrase, boolean fuzzy) {
    BooleanQuery.Builder clause = new BooleanQuery.Builder();
    for (String language : CourseFields.LANGUAGES) {
      int fields = add(clause, CourseFields.title(language), text, phrase, TITLE_BOOST);
      fields += add(clause, CourseFields.tags(language), text, phrase, TAGS_BOOST);
      fields += add(clause, CourseFields.body(language), text, phrase, 1f);
      if (fields == 0 && !phrase) {
        // A stop word in either language ("yang", "the") must not count towards the minimum to
        // match, or "pelayanan yang" would require "yang" in an English field.
        return null;
      }
    }
    if (clause.build().clauses().isEmpty()) {
      return null;
    }
    int edits = text.length() >= 8 ? 2 : text.length() >= 4 ? 1 : 0;
    if (fuzzy && edits > 0) {
      // Words one edit off match both clauses, two edits off only the weaker one: "pelayaan"
      // ranks "pelayanan" above "pelajaran", however often a text repeats the latter.
      Term term = new Term(CourseFields.SPELL, text);
      clause.add(new BoostQuery(new FuzzyQuery(term, 1), FUZZY_BOOST), Occur.SHOULD);
      if (edits == 2) {
        clause.add(new BoostQuery(new FuzzyQuery(term, 2), FUZZY_BOOST / 10), Occur.SHOULD);
      }
    }
    return clause.build();
  }

  private int add(BooleanQuery.Builder clause, String field, String text, boolean phrase, float b) {
    Query query =
        phrase ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text);
    if (query == null) {
      return 0;
    }
    clause.add(new BoostQuery(query, b), Occur.SHOULD);
    return 1;
  }

  /**
   * The distinct lower-cased words of {@code text}, as the {@link CourseFields#SPELL} field has
   * them.
   */
  List<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(CourseFields.SPELL, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen when reading a String
    }
    return List.copyOf(words);
  }
}
