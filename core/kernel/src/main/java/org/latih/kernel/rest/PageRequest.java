package org.latih.kernel.rest;

/** Which page of a list the caller wants; out-of-range values are refused, not clamped silently. */
public record PageRequest(int page, int size) {

  public PageRequest {
    // the bound keeps the offset within an int, so a huge page number is refused, not wrapped
    if (page < 1 || (long) page * size > Integer.MAX_VALUE) {
      throw new InvalidInputException("page", "page.number", page);
    }
    if (size < 1 || size > Page.MAX_SIZE) {
      throw new InvalidInputException("size", "page.size", size, Page.MAX_SIZE);
    }
  }

  /** Reads query parameters, where absent means the first page of the default size. */
  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 1 : page, size == null ? Page.DEFAULT_SIZE : size);
  }

  public int offset() {
    return (page - 1) * size;
  }
}
