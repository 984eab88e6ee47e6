package org.latih.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.latih.search.index.control.SearchResult.Hit;
import org.latih.search.index.control.SearchResult.Segment;

class LuceneCourseIndexSearchTest extends IndexedCourses {

  SearchResult search(String text) {
    return index.search(SearchQuery.of(text), Visibility.all());
  }

  static List<String> keys(SearchResult result) {
    return result.hits().stream()
        .map(hit -> hit.course() + "/" + (hit.key() == null ? "" : hit.key()))
        .toList();
  }

  @Test
  void pelatihanFindsLessonsSayingMelatihAndLatihan() {
    List<String> found = keys(search("pelatihan"));
    assertTrue(found.contains("PEL-01/l1"), found::toString); // "melatih"
    assertTrue(found.contains("PEL-01/l2"), found::toString); // "Latihan"
  }

  @Test
  void englishCourseIsStemmedWithEnglishRules() {
    assertTrue(keys(search("training")).contains("ENG-01/"));
    assertTrue(keys(search("Trainings")).contains("ENG-01/"));
    assertTrue(keys(search("coach")).contains("ENG-01/e1"));
  }

  @Test
  void courseWhoseTitleMatchesRanksAboveLessonMentioningTheWordInItsBody() {
    List<String> found = keys(search("pelayanan"));
    int course = found.indexOf("PEL-01/");
    int lesson = found.indexOf("KEU-01/k1");
    assertTrue(course >= 0 && lesson >= 0, found::toString);
    assertTrue(course < lesson, found::toString);
    assertEquals("course", search("pelayanan").hits().get(0).kind());
  }

  @Test
  void hitCarriesCourseLessonAndModule() {
    Hit hit = search("keluhan").hits().stream().filter(h -> "l2".equals(h.key())).findFirst().get();
    assertEquals("lesson", hit.kind());
    assertEquals("PEL-01", hit.course());
    assertEquals("Pelayanan Prima", hit.courseTitle());
    assertEquals("Praktik", hit.title());
    assertEquals("Modul 1", hit.moduleTitle());
    assertTrue(hit.score() > 0);
  }

  @Test
  void oneOrTwoMisspelledWordsStillFindTheCourse() {
    assertTrue(keys(search("pelayaan")).contains("PEL-01/"));
    assertTrue(keys(search("pelayaan prim")).contains("PEL-01/"));
    assertTrue(keys(search("leadrship")).contains("ENG-01/"));
  }

  @Test
  void theWordATypoStoodForIsHighlighted() {
    Hit course =
        search("pelayaan").hits().stream()
            .filter(h -> h.course().equals("PEL-01") && h.key() == null)
            .findFirst()
            .orElseThrow();
    List<String> marked =
        course.snippet().stream().filter(Segment::match).map(Segment::text).toList();
    assertEquals(List.of("pelayanan"), marked, course.snippet()::toString);
  }

  @Test
  void aTypoRanksTheWordOneLetterOffAboveOneTwoLettersOff() {
    // "pelayaan": one letter from "pelayanan", two from "pelajaran", which this course repeats
    index.put(
        new CourseDocument(
            "RPP-01",
            "Rencana Pelajaran",
            "Pelajaran demi pelajaran.",
            List.of("pelajaran"),
            "id",
            "teknis",
            4,
            null,
            true,
            List.of(Courses.lesson("r1", "Pelajaran", "Pelajaran pelajaran pelajaran."))));
    List<String> found = keys(search("pelayaan"));
    int pelajaran = found.indexOf("RPP-01/");
    int pelayanan = found.indexOf("PEL-01/");
    assertTrue(pelayanan >= 0, found::toString);
    assertTrue(pelajaran < 0 || pelayanan < pelajaran, found::toString);
  }

  @Test
  void shortWordsAreNotMatchedFuzzily() {
    assertEquals(0, search("asx").totalHits()); // "asn" is one edit away, but too short
  }

  @Test
  void zeroHitsSuggestCorrectedQuery() {
    SearchResult result = search("pelayaan prim publk");
    assertEquals(0, result.totalHits());
    assertEquals("pelayanan prima publik", result.suggestions().get(0));
    assertTrue(result.suggestions().size() <= Suggestions.PER_WORD);
  }

  @Test
  void suggestionsNeverPointToCoursesTheCallerCannotSee() {
    // "kode" and "pegawai" are only in the unpublished draft of region 32.
    Visibility learner = Visibility.learner("91");
    SearchResult result = index.search(SearchQuery.of("etka kodee pegawai"), learner);
    assertEquals(0, result.totalHits());
    assertEquals(List.of(), result.suggestions());
    assertEquals(
        "etika kode pegawai",
        index.search(SearchQuery.of("etka kodee pegawai"), Visibility.all()).suggestions().get(0));
  }

  @Test
  void hitsAreNotGivenSuggestions() {
    assertEquals(List.of(), search("pelayanan").suggestions());
  }

  @Test
  void balancedQuotesMakeAPhrase() {
    assertTrue(keys(search("\"pelayanan publik\"")).contains("PEL-01/"));
    assertEquals(0, search("\"publik pelayanan\"").totalHits());
  }

  @Test
  void unbalancedQuotesAreOrdinaryCharacters() {
    assertTrue(keys(search("\"pelayanan publik")).contains("PEL-01/"));
    assertTrue(keys(search("pelayanan\" \"publik\"")).contains("PEL-01/"));
  }

  @Test
  void luceneSyntaxIsNeverInterpreted() {
    List<String> inputs =
        List.of(
            "+pelayanan -prima",
            "pelayanan && prima || !etika",
            "(pelayanan) AND NOT",
            "{a TO z] [b TO c}",
            "prima^2 pela* ?rima prim~2",
            "title_id:pelayanan",
            "C:\\path\\file a/b/ \\",
            "\"",
            "\"\"\"",
            "\"\"",
            "!!! &&& ||| ::: ~~~ ***",
            "/regex.*/",
            "yang dan di",
            "+".repeat(SearchQuery.MAX_LENGTH),
            "a".repeat(SearchQuery.MAX_LENGTH),
            "pelayanan ".repeat(20).strip());
    for (String input : inputs) {
      SearchResult result = search(input);
      assertTrue(result.totalHits() >= 0, input);
    }
    assertTrue(keys(search("+pelayanan -prima")).contains("PEL-01/"));
    assertTrue(keys(search("pelayanan^")).contains("PEL-01/"));
  }

  @Test
  void emptyAndTooLongTextAreRejectedWithMessageKeys() {
    for (String blank : new String[] {null, "", "   \t\n"}) {
      var e = assertThrows(IllegalArgumentException.class, () -> SearchQuery.of(blank));
      assertEquals("search.empty", e.getMessage());
    }
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchQuery.of("x".repeat(SearchQuery.MAX_LENGTH + 1)));
    assertEquals("search.tooLong", e.getMessage());
    assertEquals("pelayanan", SearchQuery.of("  pelayanan \n").text());
  }

  @Test
  void stopWordsDoNotBlockTwoWordQueries() {
    assertTrue(keys(search("pelayanan yang")).contains("PEL-01/"));
  }

  @Test
  void snippetMarksTheMatchedWordsWithoutHtml() {
    Hit hit =
        search("pelatihan").hits().stream().filter(h -> "l1".equals(h.key())).findFirst().get();
    List<String> matches =
        hit.snippet().stream().filter(Segment::match).map(Segment::text).toList();
    assertEquals(List.of("melatih"), matches);
    String text = hit.snippet().stream().map(Segment::text).collect(Collectors.joining());
    assertEquals("Instruktur akan melatih peserta menyapa masyarakat.", text);
  }

  @Test
  void snippetFallsBackToTheStartOfTheBodyWhenOnlyTheTitleMatched() {
    Hit hit = search("leadership").hits().get(0);
    assertEquals("ENG-01", hit.course());
    assertEquals(List.of(new Segment("Trainings for new leaders.", false)), hit.snippet());
  }

  @Test
  void snippetOfALongTextIsAWindowAroundTheMatch() {
    String filler = "Kalimat pengisi tanpa kata kunci apa pun di dalamnya. ";
    String text =
        filler.repeat(30) + "Di sini dijelaskan tentang gratifikasi pegawai. " + filler.repeat(30);
    index.put(
        new CourseDocument(
            "GRA-01",
            "Antikorupsi",
            "",
            List.of(),
            "id",
            "teknis",
            2,
            null,
            true,
            List.of(Courses.lesson("g1", "Bab 1", text))));
    Hit hit = search("gratifikasi").hits().get(0);
    String snippet = hit.snippet().stream().map(Segment::text).collect(Collectors.joining());
    assertTrue(snippet.length() <= SegmentFormatter.WINDOW + 2, snippet);
    assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(hit.snippet().contains(new Segment("gratifikasi", true)), hit.snippet()::toString);
  }
}
