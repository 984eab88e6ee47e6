package org.latih.worker.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One message encoded ahead of sending, newline included, held in blocks of 1 MiB: a whole region's
 * request is some 11 MiB, and a ByteArrayOutputStream grown to it by doubling, then copied out,
 * held two and a half times that on the server's heap for a moment.
 */
public final class EncodedLine extends OutputStream {

  private static final int BLOCK = 1 << 20;

  private final List<byte[]> full = new ArrayList<>();
  private byte[] block = new byte[8192];
  private int used;

  EncodedLine() {}

  @Override
  public void write(int b) {
    if (used == block.length) {
      next();
    }
    block[used++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    while (length > 0) {
      if (used == block.length) {
        next();
      }
      int n = Math.min(length, block.length - used);
      System.arraycopy(bytes, offset, block, used, n);
      used += n;
      offset += n;
      length -= n;
    }
  }

  /** A small first block grows to 1 MiB; after that, full blocks are kept and a new one begun. */
  private void next() {
    if (block.length < BLOCK) {
      block = Arrays.copyOf(block, Math.min(BLOCK, block.length * 4));
    } else {
      full.add(block);
      block = new byte[BLOCK];
      used = 0;
    }
  }

  /** Writes {@code bytes} over those written at {@code at}, which lie in the first 8 KiB. */
  void overwrite(int at, byte[] bytes) {
    byte[] first = full.isEmpty() ? block : full.get(0);
    System.arraycopy(bytes, 0, first, at, bytes.length);
  }

  /** How many bytes were written. */
  public long size() {
    return (long) full.size() * BLOCK + used;
  }

  /** Writes the whole line to {@code out}, without flushing. */
  public void writeTo(OutputStream out) throws IOException {
    for (byte[] b : full) {
      out.write(b);
    }
    out.write(block, 0, used);
  }

  /** The line as one array (for tests and small messages). */
  public byte[] toByteArray() {
    byte[] all = new byte[Math.toIntExact((long) full.size() * BLOCK + used)];
    int at = 0;
    for (byte[] b : full) {
      System.arraycopy(b, 0, all, at, b.length);
      at += b.length;
    }
    System.arraycopy(block, 0, all, at, used);
    return all;
  }
}
