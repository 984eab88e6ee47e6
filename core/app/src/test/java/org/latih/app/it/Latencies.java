package org.latih.app.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latencies of one kind of request in a benchmark, in milliseconds, with how many answers of each
 * HTTP status it got (0 = no answer: connection refused, reset or timed out).
 */
final class Latencies {

  private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
  private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

  void add(long startNanos, int status) {
    millis.add((System.nanoTime() - startNanos) / 1e6);
    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  int count() {
    return millis.size();
  }

  /** Answers other than 2xx, by status. */
  Map<Integer, Long> errors() {
    Map<Integer, Long> out = new TreeMap<>();
    statuses.forEach(
        (status, n) -> {
          if (status < 200 || status > 299) {
            out.put(status, n.sum());
          }
        });
    return out;
  }

  double p(double percentile) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  String row(String name) {
    return String.format(
        "| %s | %d | %.1f | %.1f | %.1f | %s |",
        name, count(), p(50), p(95), p(99), errors().isEmpty() ? "none" : errors());
  }

  static String header() {
    return "| request | n | p50 ms | p95 ms | p99 ms | non-2xx answers (0 = no answer) |\n"
        + "|---|---|---|---|---|---|";
  }
}
