package org.latih.search.index.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The index's field names and the analyzer of each. Text goes into fields named by the course's
 * language ({@code title_id} or {@code title_en}) so each is stemmed by the right language's rules,
 * and a query is analysed both ways and searches both. {@link #SPELL} keeps the words as written
 * (lower-cased, not stemmed): the dictionary for spelling suggestions and the target of typo
 * tolerant matching, which would miss on stems ("pelayanan" is stored as "layan").
 */
final class CourseFields {

  static final String KIND = "kind";
  static final String COURSE = "course";
  static final String COURSE_TITLE = "courseTitle";
  static final String KEY = "key";
  static final String TITLE = "title";
  static final String MODULE_TITLE = "moduleTitle";
  static final String REGION = "region";
  static final String PUBLISHED = "published";
  static final String COMPETENCY = "competency";
  static final String JP = "jp";
  static final String SPELL = "spell";

  /** Region value of a course shared by all regions. */
  static final String SHARED = "shared";

  static final List<String> LANGUAGES = List.of("id", "en");

  private CourseFields() {}

  static String title(String language) {
    return "title_" + language;
  }

  static String tags(String language) {
    return "tags_" + language;
  }

  /** Course description for a course document, plain text for a lesson or attachment. */
  static String body(String language) {
    return "body_" + language;
  }

  static String[] bodies() {
    return LANGUAGES.stream().map(CourseFields::body).toArray(String[]::new);
  }

  /** The analyzer for indexing and querying; the same instance serves both. */
  static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    Analyzer indonesian = new IndonesianAnalyzer();
    Analyzer english = new EnglishAnalyzer();
    for (String language : LANGUAGES) {
      Analyzer stemming = language.equals("id") ? indonesian : english;
      perField.put(title(language), stemming);
      perField.put(tags(language), stemming);
      perField.put(body(language), stemming);
    }
    perField.put(SPELL, words());
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  /** Lower-cased words, nothing removed: what the user typed, as the dictionary holds it. */
  static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }
    };
  }
}
