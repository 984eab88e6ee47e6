package org.latih.kernel.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. Pages are numbered from 1 so the numbers match what the UI shows.
 *
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    int pages = (int) Math.max(1, (totalItems + request.size() - 1) / request.size());
    return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, pages);
  }

  /** The requested page of a list already in memory. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return of(all.subList(from, to), request, all.size());
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
