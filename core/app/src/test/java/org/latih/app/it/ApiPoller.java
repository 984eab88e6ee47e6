package org.latih.app.it;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Calls one API path again and again in the background and keeps every answer, to check what a
 * client sees while a server starts or stops. Acceptable: no connection at all (refused, or reset
 * while the listener closes: clients retry), the normal JSON answer, or a 503 problem detail with
 * Retry-After. Not acceptable: anything else, above all one of Payara's HTML error pages.
 */
final class ApiPoller implements AutoCloseable {

  /** One answer; status 0 when there was no HTTP answer at all. */
  record Seen(int status, String contentType, String retryAfter, String body) {

    static final Seen NO_CONNECTION = new Seen(0, null, null, "no connection");

    boolean acceptable() {
      return status == 0
          || (status == 200 && is("application/json"))
          || (status == 503 && is("application/problem+json") && retryAfter != null);
    }

    boolean problem(String slug) {
      return status == 503 && body.contains("\"/problems/" + slug + "\"");
    }

    private boolean is(String mediaType) {
      return contentType != null && contentType.startsWith(mediaType);
    }
  }

  private final Api api;
  private final String path;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean stopped;

  private ApiPoller(URL base, String path) {
    this.api = Api.anonymous(base).header("Accept", "application/json");
    this.path = path;
    this.thread = new Thread(this::poll, "api-poller");
    thread.setDaemon(true);
    thread.start();
  }

  static ApiPoller start(URL base, String path) {
    return new ApiPoller(base, path);
  }

  private void poll() {
    try {
      Waits.until(
          () -> {
            seen.add(once());
            return stopped;
          },
          done -> done,
          Duration.ofMinutes(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Seen once() {
    try {
      Api.Reply reply = api.get(path);
      String body = reply.body();
      return new Seen(
          reply.status(),
          reply.header("Content-Type"),
          reply.header("Retry-After"),
          body.substring(0, Math.min(body.length(), 300)));
    } catch (AssertionError noConnection) {
      return Seen.NO_CONNECTION;
    }
  }

  /** Waits until an answer that {@code wanted} accepts has come in; false if none within limit. */
  boolean await(Predicate<Seen> wanted, Duration limit) throws InterruptedException {
    return Waits.until(() -> seen.stream().anyMatch(wanted), found -> found, limit);
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  List<Seen> unacceptable() {
    return seen.stream().filter(s -> !s.acceptable()).toList();
  }

  @Override
  public void close() throws InterruptedException {
    stopped = true;
    thread.join(Duration.ofMinutes(2).toMillis());
  }
}
