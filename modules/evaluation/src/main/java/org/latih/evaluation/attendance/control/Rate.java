package org.latih.evaluation.attendance.control;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An attendance rate: how many of the recorded participants were present. A session nobody has
 * recorded yet does not count as absence, so the whole is what was recorded, not who was enrolled.
 */
public record Rate(long present, long recorded) {

  public static final Rate NONE = new Rate(0, 0);

  public Rate {
    if (present < 0 || recorded < 0 || present > recorded) {
      throw new IllegalArgumentException(present + " present of " + recorded + " recorded");
    }
  }

  /** Present as a percentage of recorded, one decimal; null when nothing was recorded. */
  public Double percent() {
    return recorded == 0 ? null : Math.round(present * 1000.0 / recorded) / 10.0;
  }

  public Rate plus(Rate other) {
    return new Rate(present + other.present, recorded + other.recorded);
  }

  /** One group's count of present or absent records, as a grouped query answers it. */
  public record Count<K>(K key, boolean present, long count) {}

  /** Adds up grouped counts into a rate per key, ordered by the key's text. */
  public static <K> Map<K, Rate> of(List<Count<K>> counts, Function<K, String> order) {
    Map<String, K> keys = new TreeMap<>();
    Map<K, Rate> rates = new HashMap<>();
    for (Count<K> c : counts) {
      keys.putIfAbsent(order.apply(c.key()), c.key());
      rates.merge(c.key(), new Rate(c.present() ? c.count() : 0, c.count()), Rate::plus);
    }
    Map<K, Rate> ordered = new LinkedHashMap<>();
    keys.values().forEach(k -> ordered.put(k, rates.get(k)));
    return ordered;
  }

  /** The sum of all rates. */
  public static Rate total(Iterable<Rate> rates) {
    Rate sum = NONE;
    for (Rate r : rates) {
      sum = sum.plus(r);
    }
    return sum;
  }
}
