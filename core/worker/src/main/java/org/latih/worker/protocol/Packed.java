package org.latih.worker.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A column of numbers or the strings of a snapshot as one {@link Frame} segment: ints as zigzag
 * LEB128 (a string index or a flag takes one byte), doubles as a tag byte and the eight bytes of
 * their IEEE 754 bits (the tag 0 standing for null), strings as their count, then each one's UTF-8
 * length and bytes. A region's request holds some two million numbers; as JSON arrays of decimal
 * digits (v2) they were 14 MiB and took the worker longer to parse than the plugin took to build
 * its report.
 */
final class Packed {

  private Packed() {}

  static int ints(Frame frame, int[] values, int count) {
    byte[] bytes = new byte[count * 5]; // at most five bytes for 32 bits
    int n = 0;
    for (int i = 0; i < count; i++) {
      n = varint(bytes, n, (values[i] << 1) ^ (values[i] >> 31));
    }
    return frame.add(bytes, n);
  }

  static int[] ints(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += bytes[i] >= 0 ? 1 : 0; // a value ends with the byte whose high bit is clear
    }
    int[] values = new int[count];
    int at = from;
    for (int i = 0; i < count; i++) {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        if (shift > 28) {
          throw new InvalidMessageException("a packed number longer than 32 bits");
        }
        v |= (b & 0x7f) << shift;
        if (b >= 0) {
          break;
        }
      }
      values[i] = (v >>> 1) ^ -(v & 1);
    }
    return values;
  }

  static int doubles(Frame frame, Double[] values) {
    byte[] bytes = new byte[values.length * 9];
    int n = 0;
    for (Double d : values) {
      if (d == null) {
        bytes[n++] = 0;
        continue;
      }
      bytes[n++] = 1;
      long bits = Double.doubleToRawLongBits(d);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[n++] = (byte) (bits >>> shift);
      }
    }
    return frame.add(bytes, n);
  }

  static Decimals doubles(byte[] bytes, int from, int to) {
    int count = 0;
    for (int at = from; at < to; count++) {
      at += bytes[at] == 0 ? 1 : 9; // a bad tag or a number cut short is found below
    }
    double[] values = new double[count];
    BitSet nulls = new BitSet(count);
    int n = 0;
    for (int at = from; at < to; ) {
      byte tag = bytes[at++];
      if (tag == 0) {
        nulls.set(n++);
        continue;
      }
      if (tag != 1 || at + 8 > to) {
        throw new InvalidMessageException("a packed decimal that is cut short or badly tagged");
      }
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | (bytes[at++] & 0xff);
      }
      values[n++] = Double.longBitsToDouble(bits);
    }
    return new Decimals(values, nulls);
  }

  static int strings(Frame frame, List<String> strings) {
    byte[] bytes = new byte[1024];
    int n = varint(bytes, 0, strings.size());
    for (String text : strings) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length - n < utf8.length + 5) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, n + utf8.length + 5));
      }
      n = varint(bytes, n, utf8.length);
      System.arraycopy(utf8, 0, bytes, n, utf8.length);
      n += utf8.length;
    }
    return frame.add(bytes, n);
  }

  static String[] strings(byte[] bytes, int from, int to) {
    int[] at = {from};
    int count = unsigned(bytes, at, to);
    if (count > to - from) { // each string takes at least its length's byte
      throw new InvalidMessageException("more strings than the segment holds");
    }
    String[] strings = new String[count];
    for (int i = 0; i < count; i++) {
      int length = unsigned(bytes, at, to);
      if (length > to - at[0]) {
        throw new InvalidMessageException("a string longer than its segment");
      }
      strings[i] = new String(bytes, at[0], length, StandardCharsets.UTF_8);
      at[0] += length;
    }
    return strings;
  }

  /** Writes {@code v} unsigned at {@code n}; where the next byte goes. */
  static int varint(byte[] bytes, int n, int v) {
    while ((v & ~0x7f) != 0) {
      bytes[n++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes[n++] = (byte) v;
    return n;
  }

  /** Reads a non-negative varint at {@code at[0]}, moving it on. */
  static int unsigned(byte[] bytes, int[] at, int to) {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      if (at[0] >= to || shift > 28) {
        throw new InvalidMessageException("a packed length cut short");
      }
      byte b = bytes[at[0]++];
      v |= (b & 0x7f) << shift;
      if (b >= 0) {
        if (v < 0) {
          throw new InvalidMessageException("a packed length out of range");
        }
        return v;
      }
    }
  }
}
