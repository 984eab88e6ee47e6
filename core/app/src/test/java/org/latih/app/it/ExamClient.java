package org.latih.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * The benchmark's HTTP side, as the test page behaves: a request that gets no answer or a 503 is
 * sent again (after the server's Retry-After, at most a few seconds) until it is answered or the
 * give-up time passes; every try is logged with its latency and status.
 */
final class ExamClient {

  /**
   * One answer; status 0 means none came (connection refused, reset or timed out). {@code
   * afterOutage}: an earlier try of the same request got no answer at all.
   */
  record Answer(int status, String body, String retryAfter, boolean afterOutage) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          // the client's own threads only move bytes; learners wait on their own threads
          .executor(
              Executors.newFixedThreadPool(
                  16,
                  task -> {
                    // daemon threads, so that the benchmark's JVM ends when its main method does
                    Thread thread = new Thread(task, "exam-client");
                    thread.setDaemon(true);
                    return thread;
                  }))
          .build();
  private final URI base;
  private final Duration giveUp;

  ExamClient(URI base, Duration giveUp) {
    this.base = base;
    this.giveUp = giveUp;
  }

  Answer once(String method, String path, String token, String json, Latencies log) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    long start = System.nanoTime();
    Answer answer;
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      answer =
          new Answer(
              response.statusCode(),
              response.body(),
              response.headers().firstValue("Retry-After").orElse(null),
              false);
    } catch (IOException e) {
      answer = new Answer(0, e.toString(), null, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer = new Answer(0, "interrupted", null, false);
    }
    log.add(start, answer.status());
    return answer;
  }

  /**
   * Sends until answered with anything but 503, 429 or no answer, or until the give-up time. A 429
   * (the node's sign-in rate, per minute) is waited out like a 503: a person told to wait tries
   * again; with several nodes behind nginx a wave of sign-ins meets it.
   */
  Answer untilAnswered(String method, String path, String token, String json, Latencies log) {
    long until = System.nanoTime() + giveUp.toNanos();
    boolean outage = false;
    while (true) {
      Answer answer = once(method, path, token, json, log);
      boolean retry = answer.status() == 0 || answer.status() == 503 || answer.status() == 429;
      if (!retry || System.nanoTime() > until || Thread.currentThread().isInterrupted()) {
        return new Answer(answer.status(), answer.body(), answer.retryAfter(), outage);
      }
      outage |= answer.status() == 0;
      pause(retryDelay(answer.retryAfter()));
    }
  }

  private static Duration retryDelay(String retryAfter) {
    long seconds = 1;
    if (retryAfter != null && retryAfter.strip().matches("\\d{1,4}")) {
      seconds = Math.max(1, Math.min(5, Long.parseLong(retryAfter.strip())));
    }
    // spread the retries so that learners refused together do not come back together
    return Duration.ofMillis(seconds * 1000 / 2 + (long) (Math.random() * seconds * 1000));
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
