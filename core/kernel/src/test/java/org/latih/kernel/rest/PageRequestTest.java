package org.latih.kernel.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @Test
  void absentParametersMeanFirstPageOfTwenty() {
    assertEquals(new PageRequest(1, 20), PageRequest.of(null, null));
    assertEquals(new PageRequest(3, 20), PageRequest.of(3, null));
    assertEquals(new PageRequest(1, 50), PageRequest.of(null, 50));
  }

  @ParameterizedTest
  @CsvSource({"1, 20, 0", "2, 20, 20", "3, 25, 50", "10, 100, 900"})
  void offsetCountsFromPageOne(int page, int size, int offset) {
    assertEquals(offset, new PageRequest(page, size).offset());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void pageBelowOneIsRefused(int page) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> PageRequest.of(page, null));
    assertEquals("page.number", e.messageKey());
    assertEquals("page", e.field());
    assertArrayEquals(new Object[] {page}, e.args());
  }

  @Test
  void aPageWhoseOffsetWouldOverflowIsRefused() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> PageRequest.of(100_000_000, 100));
    assertEquals("page.number", e.messageKey());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 101, 1000})
  void sizeOutsideOneToHundredIsRefused(int size) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> PageRequest.of(1, size));
    assertEquals("page.size", e.messageKey());
    assertEquals("size", e.field());
    assertArrayEquals(new Object[] {size, 100}, e.args());
  }

  @Test
  void sizeLimitsAreInclusive() {
    assertEquals(1, PageRequest.of(1, 1).size());
    assertEquals(100, PageRequest.of(1, 100).size());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 20, 1",
    "1, 20, 1",
    "20, 20, 1",
    "21, 20, 2",
    "40, 20, 2",
    "41, 20, 3",
    "1000, 100, 10"
  })
  void totalPagesRoundUpAndNeverDropBelowOne(long total, int size, int pages) {
    Page<String> page = Page.of(List.of(), new PageRequest(1, size), total);
    assertEquals(pages, page.totalPages());
    assertEquals(total, page.totalItems());
  }

  @Test
  void pageCarriesRequestAndCopiesItems() {
    List<String> items = new java.util.ArrayList<>(List.of("a", "b"));
    Page<String> page = Page.of(items, new PageRequest(2, 2), 5);
    items.add("c");
    assertEquals(List.of("a", "b"), page.items());
    assertEquals(2, page.page());
    assertEquals(2, page.size());
    assertEquals(3, page.totalPages());
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("x"));
  }

  @Test
  void mapKeepsThePaging() {
    Page<String> page = Page.of(List.of("a", "bb"), new PageRequest(2, 2), 5);
    assertEquals(new Page<>(List.of(1, 2), 2, 2, 5, 3), page.map(String::length));
  }
}
