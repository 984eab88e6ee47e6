package org.latih.worker.protocol;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list of rows read from columns, each row made when it is asked for. A plugin
 * walks a region's rows once or twice and keeps what it sums, so the rows it sees die young and the
 * worker holds only the columns: arrays of numbers and one copy of each string.
 */
final class ColumnRows<T> extends AbstractList<T> implements RandomAccess {

  private final int size;
  private final IntFunction<T> row;

  ColumnRows(int size, IntFunction<T> row) {
    this.size = size;
    this.row = row;
  }

  @Override
  public T get(int index) {
    return row.apply(Objects.checkIndex(index, size));
  }

  @Override
  public int size() {
    return size;
  }
}
