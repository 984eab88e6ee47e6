package org.latih.kernel.web;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The back-pressure settings ({@code latih.http.*}, defaults in
 * config/microprofile-config.properties with the reasons for each value): how many API requests run
 * and wait at once, what Retry-After a refused client is told, and how long a stopping server lets
 * requests in progress finish, and how large a JSON body may be.
 */
public record HttpLimits(
    int maxRequests,
    int maxQueued,
    Duration queueWait,
    int maxAnswerSaves,
    int retryAfterSeconds,
    int restartRetryAfterSeconds,
    Duration shutdownGrace,
    long maxJsonBytes) {

  public static HttpLimits fromConfig() {
    Config config = ConfigProvider.getConfig();
    return new HttpLimits(
        value(config, "latih.http.max-requests", 64),
        value(config, "latih.http.max-queued", 32),
        Duration.ofMillis(value(config, "latih.http.queue-wait-ms", 1000)),
        value(config, "latih.http.max-answer-saves", 32),
        value(config, "latih.http.retry-after-seconds", 2),
        value(config, "latih.http.restart-retry-after-seconds", 5),
        Duration.ofSeconds(value(config, "latih.http.shutdown-grace-seconds", 5)),
        config.getOptionalValue("latih.http.max-json-bytes", Long.class).orElse(1L << 20));
  }

  public ApiAdmission admission() {
    return new ApiAdmission(maxRequests, maxQueued, queueWait, maxAnswerSaves);
  }

  private static int value(Config config, String key, int fallback) {
    return config.getOptionalValue(key, Integer.class).orElse(fallback);
  }
}
