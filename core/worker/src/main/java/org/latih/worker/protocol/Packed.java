package org.latih.worker.protocol;

import java.util.Arrays;
import java.util.Base64;

/**
 * A column of numbers as one JSON string since protocol v3: Base64 of the values as variable-length
 * bytes (zigzag LEB128 for ints, so a string index or a flag takes one byte; a tag byte and the
 * eight bytes of the IEEE 754 bits for doubles, the tag 0 standing for null). A region's request
 * holds some two million numbers; as JSON arrays of decimal digits they were 14 MiB and took the
 * worker longer to parse than the plugin took to build its report, while Base64 is decoded in bulk.
 */
final class Packed {

  private Packed() {}

  static String ints(int[] values, int count) {
    byte[] bytes = new byte[count * 5]; // at most five bytes for 32 bits
    int n = 0;
    for (int i = 0; i < count; i++) {
      int v = (values[i] << 1) ^ (values[i] >> 31);
      while ((v & ~0x7f) != 0) {
        bytes[n++] = (byte) ((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      bytes[n++] = (byte) v;
    }
    return base64(bytes, n);
  }

  static int[] ints(String packed) {
    byte[] bytes = decode(packed);
    int count = 0;
    for (byte b : bytes) {
      count += b >= 0 ? 1 : 0; // a value ends with the byte whose high bit is clear
    }
    int[] values = new int[count];
    int at = 0;
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

  static String doubles(Double[] values) {
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
    return base64(bytes, n);
  }

  static Double[] doubles(String packed) {
    byte[] bytes = decode(packed);
    Double[] values = new Double[bytes.length];
    int n = 0;
    for (int at = 0; at < bytes.length; ) {
      byte tag = bytes[at++];
      if (tag == 0) {
        values[n++] = null;
        continue;
      }
      if (tag != 1 || at + 8 > bytes.length) {
        throw new InvalidMessageException("a packed decimal that is cut short or badly tagged");
      }
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | (bytes[at++] & 0xff);
      }
      values[n++] = Double.longBitsToDouble(bits);
    }
    return Arrays.copyOf(values, n);
  }

  private static byte[] decode(String packed) {
    try {
      return Base64.getDecoder().decode(packed);
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException("a packed column that is not Base64: " + e.getMessage());
    }
  }

  private static String base64(byte[] bytes, int length) {
    return Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, length));
  }
}
