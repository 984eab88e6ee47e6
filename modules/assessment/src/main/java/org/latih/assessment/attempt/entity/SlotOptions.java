package org.latih.assessment.attempt.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The options of one attempt slot in the order shown, each under a token drawn for this attempt
 * alone. A learner only ever sees tokens: the author's choice ids ({@code a, b, c…} in the order
 * written, so nearly always {@code a} for the right one) stay on the server, and two attempts of
 * the same question share no token, so nothing learnt in one attempt names an option in the next.
 *
 * <p>Stored in {@code attempt_slots.option_order} as {@code token:key} pairs, where the key is a
 * choice id, or for matching the index of a pair whose answer is offered. Slots written before
 * tokens existed hold bare keys; they read back with each key as its own token, so their saved
 * answers and reviews keep working unchanged.
 */
public record SlotOptions(Map<String, String> keysByToken) {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final int TOKEN_LENGTH = 7;

  public static final SlotOptions NONE = new SlotOptions(Map.of());

  public SlotOptions {
    keysByToken = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keysByToken));
  }

  /** A fresh token for each key, unique within the slot, in the keys' order. */
  static SlotOptions draw(List<String> keys, Random random) {
    Map<String, String> byToken = new LinkedHashMap<>();
    Set<String> used = new HashSet<>(keys); // a token never reads as some key of the slot
    for (String key : keys) {
      String token;
      do {
        token = token(random);
      } while (!used.add(token));
      byToken.put(token, key);
    }
    return new SlotOptions(byToken);
  }

  private static String token(Random random) {
    StringBuilder token = new StringBuilder(TOKEN_LENGTH);
    for (int i = 0; i < TOKEN_LENGTH; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return token.toString();
  }

  static SlotOptions parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return NONE;
    }
    Map<String, String> byToken = new LinkedHashMap<>();
    for (String entry : stored.split(",")) {
      int colon = entry.indexOf(':');
      if (colon < 0) {
        byToken.put(entry, entry); // written before tokens: the key is shown as it is
      } else {
        byToken.put(entry.substring(0, colon), entry.substring(colon + 1));
      }
    }
    return new SlotOptions(byToken);
  }

  String format() {
    if (keysByToken.isEmpty()) {
      return null;
    }
    List<String> entries = new ArrayList<>();
    keysByToken.forEach((token, key) -> entries.add(token.equals(key) ? key : token + ":" + key));
    return String.join(",", entries);
  }

  public List<String> tokens() {
    return List.copyOf(keysByToken.keySet());
  }

  public Optional<String> key(String token) {
    return Optional.ofNullable(keysByToken.get(token));
  }

  /** The token a key is shown under; the key itself for a key this slot does not offer. */
  public String token(String key) {
    return keysByToken.entrySet().stream()
        .filter(e -> e.getValue().equals(key))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(key);
  }

  public boolean isEmpty() {
    return keysByToken.isEmpty();
  }
}
