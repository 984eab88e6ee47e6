package org.latih.kernel.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.rest.TooManyRequestsException;

/**
 * Slows password guessing without letting anyone lock a person out. Failures are counted per
 * account name <em>and</em> client address: after {@code latih.security.signin.free-failures} wrong
 * passwords that pair waits 1 s, then 2 s, 4 s, … up to {@code
 * latih.security.signin.max-delay-minutes}. Someone guessing from another address delays only
 * themselves, so the real owner (or {@code admin}) still signs in. On top, at most {@code
 * latih.security.signin.per-minute} password checks per minute are made by this server, whoever
 * asks, which bounds guessing spread over many addresses and accounts.
 *
 * <p>The account name is counted as typed, whether or not such an account exists, so an unknown NIP
 * is throttled exactly like a real one. Counters live in memory: each node counts its own, and a
 * counter is forgotten {@link #FORGET_AFTER} after its last failure; the global limit bounds how
 * many counters can exist.
 */
@ApplicationScoped
public class SignInThrottle {

  static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final long FIRST_DELAY_MILLIS = 1000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final int freeFailures;
  private final long maxDelayMillis;
  private final int perMinute;
  private final Object bucketLock = new Object();
  private volatile int purgeAt = 1000;
  private double tokens;
  private Instant refilledAt;

  protected SignInThrottle() {
    this(5, 15, 600);
  }

  @Inject
  public SignInThrottle(
      @ConfigProperty(name = "latih.security.signin.free-failures", defaultValue = "5")
          int freeFailures,
      @ConfigProperty(name = "latih.security.signin.max-delay-minutes", defaultValue = "15")
          int maxDelayMinutes,
      @ConfigProperty(name = "latih.security.signin.per-minute", defaultValue = "600")
          int perMinute) {
    this.freeFailures = freeFailures;
    this.maxDelayMillis = Duration.ofMinutes(maxDelayMinutes).toMillis();
    this.perMinute = perMinute;
    this.tokens = perMinute;
  }

  /**
   * Refuses with 429 and Retry-After when this account and address must still wait, or when the
   * server has checked its share of passwords this minute; otherwise takes one check from that
   * share.
   */
  public void admit(String account, String address, Instant now) {
    Failures known = failures.get(key(account, address));
    if (known != null && known.notBefore().isAfter(now)) {
      throw tooMany(Duration.between(now, known.notBefore()));
    }
    synchronized (bucketLock) {
      if (refilledAt != null) {
        double minutes = Duration.between(refilledAt, now).toMillis() / 60_000.0;
        tokens = Math.min(perMinute, tokens + Math.max(0, minutes) * perMinute);
      }
      refilledAt = now;
      if (tokens < 1) {
        throw tooMany(Duration.ofMillis((long) Math.ceil((1 - tokens) * 60_000.0 / perMinute)));
      }
      tokens--;
    }
  }

  /** Counts a wrong password for this account and address. */
  public void failed(String account, String address, Instant now) {
    if (failures.size() > purgeAt) {
      // amortised: a sweep only after the map has doubled since the last one
      failures.values().removeIf(f -> f.forgottenAt(now));
      purgeAt = Math.max(1000, 2 * failures.size());
    }
    failures.compute(
        key(account, address),
        (k, old) -> {
          int count = old == null || old.forgottenAt(now) ? 1 : old.count() + 1;
          return new Failures(count, now, now.plusMillis(delayAfter(count)));
        });
  }

  /** The right password: this account and address start afresh. */
  public void succeeded(String account, String address) {
    failures.remove(key(account, address));
  }

  /** How long to wait after {@code count} failures in a row: nothing, then doubling from 1 s. */
  long delayAfter(int count) {
    if (count < freeFailures) {
      return 0;
    }
    int doublings = Math.min(30, count - freeFailures);
    return Math.min(maxDelayMillis, FIRST_DELAY_MILLIS << doublings);
  }

  private static TooManyRequestsException tooMany(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new TooManyRequestsException(seconds, "login.throttled", seconds);
  }

  private static String key(String account, String address) {
    String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    return name + '\n' + (address == null ? "" : address);
  }

  private record Failures(int count, Instant last, Instant notBefore) {
    boolean forgottenAt(Instant now) {
      return last.plus(FORGET_AFTER).isBefore(now);
    }
  }
}
