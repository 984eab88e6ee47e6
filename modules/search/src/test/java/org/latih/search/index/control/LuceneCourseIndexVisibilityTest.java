package org.latih.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latih.search.index.control.SearchResult.Facets;
import org.latih.search.index.control.SearchResult.Hit;

/** Visibility, filters, facets and paging. "integritas" appears once in four courses. */
class LuceneCourseIndexVisibilityTest extends IndexedCourses {

  Set<String> courses(String text, Visibility visibility) {
    Set<String> courses = new HashSet<>();
    index.search(SearchQuery.of(text), visibility).hits().forEach(h -> courses.add(h.course()));
    return courses;
  }

  @Test
  void unpublishedCourseIsHiddenFromLearnersButShownToStaffOfItsRegion() {
    assertEquals(Set.of(), courses("etika", Visibility.learner("32")));
    assertEquals(Set.of("DRF-01"), courses("etika", Visibility.staff("32")));
    assertEquals(Set.of(), courses("etika", Visibility.staff("91")));
    assertEquals(Set.of("DRF-01"), courses("etika", Visibility.all()));
  }

  @Test
  void aSharedDraftIsHiddenFromStaffOfEveryRegion() {
    index.put(
        new CourseDocument(
            "SHR-DRF",
            "Rancangan Kurikulum Nasional",
            "Draf bersama yang belum terbit.",
            List.of(),
            "id",
            "teknis",
            4,
            null,
            false,
            List.of()));
    assertEquals(Set.of(), courses("rancangan", Visibility.staff("32")));
    assertEquals(Set.of(), courses("rancangan", Visibility.staff("91")));
    assertEquals(Set.of(), courses("rancangan", Visibility.learner("32")));
    assertEquals(Set.of("SHR-DRF"), courses("rancangan", Visibility.all()));
  }

  @Test
  void courseOfAnotherRegionIsHidden() {
    assertEquals(Set.of("KEU-01"), courses("anggaran", Visibility.learner("32")));
    assertEquals(Set.of(), courses("anggaran", Visibility.learner("91")));
    assertEquals(Set.of(), courses("anggaran", Visibility.learner(null)));
  }

  @Test
  void sharedCourseIsVisibleToEveryRegion() {
    assertEquals(Set.of("PEL-01"), courses("prima", Visibility.learner("91")));
    assertEquals(Set.of("PEL-01"), courses("prima", Visibility.learner(null)));
    assertEquals(Set.of("PEL-01"), courses("prima", Visibility.staff("32")));
  }

  @Test
  void everythingSeesAllRegionsAndDrafts() {
    assertEquals(
        Set.of("PEL-01", "KEU-01", "PAP-01", "DRF-01"), courses("integritas", Visibility.all()));
    assertEquals(Set.of("PEL-01", "KEU-01"), courses("integritas", Visibility.learner("32")));
  }

  @Test
  void facetsCountAllVisibleMatches() {
    SearchResult result = index.search(SearchQuery.of("integritas"), Visibility.all());
    assertEquals(4, result.totalHits());
    Facets facets = result.facets();
    assertEquals(
        Map.of("teknis", 2L, "manajerial", 1L, "sosial-kultural", 1L), facets.competency());
    assertEquals(
        List.of("teknis", "manajerial", "sosial-kultural"),
        List.copyOf(facets.competency().keySet()));
    assertEquals(
        List.of(
            Map.entry("1-4", 1L),
            Map.entry("5-8", 1L),
            Map.entry("9-16", 1L),
            Map.entry("17+", 1L)),
        List.copyOf(facets.jp().entrySet()));
    assertEquals(Map.of("shared", 1L, "32", 2L, "91", 1L), facets.region());
    assertEquals(Map.of("PEL-01", 1L, "KEU-01", 1L, "PAP-01", 1L, "DRF-01", 1L), facets.course());
  }

  @Test
  void facetsRespectVisibility() {
    Facets facets = index.search(SearchQuery.of("integritas"), Visibility.learner("32")).facets();
    assertEquals(Map.of("teknis", 1L, "manajerial", 1L), facets.competency());
    assertEquals(Map.of("shared", 1L, "32", 1L), facets.region());
    assertEquals(0L, facets.jp().get("1-4"));
  }

  SearchResult filtered(
      String competency, Integer jpMin, Integer jpMax, String region, String course) {
    return index.search(
        new SearchQuery("integritas", competency, jpMin, jpMax, region, course, 1, 10),
        Visibility.all());
  }

  static Set<String> courses(SearchResult result) {
    Set<String> courses = new HashSet<>();
    result.hits().forEach(h -> courses.add(h.course()));
    return courses;
  }

  @Test
  void filtersNarrowHitsButNotFacets() {
    SearchResult teknis = filtered("teknis", null, null, null, null);
    assertEquals(Set.of("PEL-01", "PAP-01"), courses(teknis));
    assertEquals(2, teknis.totalHits());
    assertEquals(1L, teknis.facets().competency().get("manajerial")); // counted before filters
    assertEquals(Set.of("KEU-01"), courses(filtered(null, 9, 16, null, null)));
    assertEquals(Set.of("KEU-01", "PAP-01"), courses(filtered(null, 9, null, null, null)));
    assertEquals(Set.of("DRF-01"), courses(filtered(null, null, 4, null, null)));
    assertEquals(Set.of("PEL-01"), courses(filtered(null, null, null, "shared", null)));
    assertEquals(Set.of("PAP-01"), courses(filtered(null, null, null, null, "PAP-01")));
    assertEquals(Set.of(), courses(filtered("teknis", null, null, "32", null)));
  }

  @Test
  void pagesDoNotOverlapAndSizeIsCapped() {
    index.put(Courses.arsip(25));
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= 3; page++) {
      SearchResult result =
          index.search(
              new SearchQuery("arsip", null, null, null, null, null, page, 10), Visibility.all());
      assertEquals(25, result.totalHits());
      assertEquals(page < 3 ? 10 : 5, result.hits().size());
      for (Hit hit : result.hits()) {
        assertTrue(seen.add(hit.key()), "seen twice: " + hit.key());
      }
    }
    assertEquals(25, seen.size());
    SearchResult all =
        index.search(
            new SearchQuery("arsip", null, null, null, null, null, 1, 500), Visibility.all());
    assertEquals(SearchQuery.MAX_SIZE, all.size());
    assertEquals(25, all.hits().size());
    SearchResult beyond =
        index.search(
            new SearchQuery("arsip", null, null, null, null, null, 99, 10), Visibility.all());
    assertEquals(List.of(), beyond.hits());
    assertEquals(25, beyond.totalHits());
    assertEquals(25L, beyond.facets().course().get("ARS-01"));
  }
}
