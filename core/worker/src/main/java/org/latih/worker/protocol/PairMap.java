package org.latih.worker.protocol;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * An unmodifiable map over one array of alternating keys and values, in their order: one form
 * response's answers. A region holds tens of thousands of responses of about ten answers each; as
 * LinkedHashMaps they were most of a worker's heap (about 600 bytes each, against about 200 here),
 * and the host holds them the same way while it reads a region's data. Lookups scan the array,
 * which for ten keys is as fast as hashing.
 */
public final class PairMap extends AbstractMap<String, String> {

  private final String[] pairs;

  /** {@code pairs}: key, value, key, value …; the keys are distinct (the sender's map's keys). */
  PairMap(String[] pairs) {
    this.pairs = pairs;
  }

  /**
   * An unmodifiable copy of {@code answers}, in their order, each key and value passed through
   * {@code shared} (which may hand back an equal string already held, so that a region's thousands
   * of identical item ids and answers are one object each).
   */
  public static Map<String, String> copyOf(
      Map<String, String> answers, UnaryOperator<String> shared) {
    String[] pairs = new String[answers.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      pairs[i++] = shared.apply(answer.getKey());
      pairs[i++] = shared.apply(answer.getValue());
    }
    return new PairMap(pairs);
  }

  /**
   * Writes the number {@code number} gives each key and value, in order, into {@code into} from
   * {@code at}; where the next goes. For {@link OutcomeColumns}, which numbers a region's million
   * answer strings: straight from the array, without an entry object for each.
   */
  int number(ToIntFunction<String> number, int[] into, int at) {
    for (String text : pairs) {
      into[at++] = number.applyAsInt(text);
    }
    return at;
  }

  @Override
  public int size() {
    return pairs.length / 2;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : pairs[i + 1];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (Objects.equals(pairs[i], key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return pairs.length / 2;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < pairs.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= pairs.length) {
              throw new NoSuchElementException();
            }
            next += 2;
            return new SimpleImmutableEntry<>(pairs[next - 2], pairs[next - 1]);
          }
        };
      }
    };
  }
}
