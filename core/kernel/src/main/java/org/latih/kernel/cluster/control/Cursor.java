package org.latih.kernel.cluster.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * How far this node has applied the feed. Ids are handed out when a row is written, but
 * transactions commit in any order: a row with a lower id may become visible after a higher one. So
 * the cursor does not jump to the highest id seen; it keeps a floor below which everything is
 * applied, and the ids seen above it, and raises the floor only past ids seen longer than the grace
 * ago (a transaction still open after that long is taken to have rolled back). Each poll reads from
 * the floor and skips what it has seen.
 */
final class Cursor {

  private final Duration grace;
  private long floor;
  private final TreeMap<Long, Long> seenAt = new TreeMap<>(); // id -> System.nanoTime()

  Cursor(long floor, Duration grace) {
    this.floor = floor;
    this.grace = grace;
  }

  long floor() {
    return floor;
  }

  /** Whether {@code id} is new to this node; if so it counts as seen from now. */
  boolean first(long id, long nanoNow) {
    if (id <= floor || seenAt.containsKey(id)) {
      return false;
    }
    seenAt.put(id, nanoNow);
    return true;
  }

  /** Raises the floor past ids seen longer than the grace ago; true if it moved. */
  boolean settle(long nanoNow) {
    long before = floor;
    long limit = grace.toNanos();
    for (Map.Entry<Long, Long> e : seenAt.entrySet()) {
      if (nanoNow - e.getValue() >= limit) {
        floor = Math.max(floor, e.getKey());
      }
    }
    seenAt.headMap(floor, true).clear();
    return floor != before;
  }

  /** The floor a node kept in {@code file}, if it has one. */
  static OptionalLong read(Path file) {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(file).strip()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Keeps the floor (not the highest id: a restart reads the last grace period again). */
  void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".applied-", ".tmp");
      Files.writeString(temp, Long.toString(floor), StandardCharsets.US_ASCII);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
