package org.latih.worker.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A column of ints kept as it travelled ({@link Packed}): each value less the column's least, in 1,
 * 2 or 4 bytes. Most columns are string indexes and flags of one or two bytes a value, so they take
 * a half to a quarter of the heap they took as {@code int[]}, and are made by one copy of the
 * segment's bytes instead of a loop over its values. What lives in a worker's small heap during a
 * call is copied by each of its collections: with the columns as {@code int[]}, the template's
 * whole-region report took 77-82 ms p50 in the worker and left it at 75-81 MiB; kept as they
 * travelled, 65-70 ms and 65-75 MiB (bench/plugin-workers latency, three alternating runs;
 * Bukittinggi's report unchanged within the runs' spread).
 */
final class IntColumn {

  private static final VarHandle CHARS =
      MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);

  static final IntColumn EMPTY = new IntColumn(new byte[0], 1, 0);

  private final byte[] bytes;
  private final int width;
  private final int min;

  /** The values of {@code width} bytes that fill {@code bytes}, each to be added to {@code min}. */
  IntColumn(byte[] bytes, int width, int min) {
    this.bytes = bytes;
    this.width = width;
    this.min = min;
  }

  int size() {
    return bytes.length / width;
  }

  int get(int row) {
    // in 32 bits the sender's subtraction and this addition wrap alike
    return switch (width) {
      case 1 -> min + (bytes[row] & 0xff);
      case 2 -> min + (char) CHARS.get(bytes, row << 1);
      default -> min + (int) Packed.INTS.get(bytes, row << 2);
    };
  }
}
