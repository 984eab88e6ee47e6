package org.latih.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A small HTTP client for the tests: JSON in and out, with a bearer token or a cookie session. */
public final class Api {

  public static final String ADMIN_PASSWORD = "Bootstrap-Admin-IT-1";
  private static final AtomicInteger NIPS = new AtomicInteger((int) (System.nanoTime() % 5000));
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final List<String> headers = new ArrayList<>();

  private Api(URI base) {
    this.base = base;
  }

  public static Api anonymous(URL deployment) {
    return new Api(URI.create(deployment.toString()));
  }

  /** Signs in for a bearer token, failing the test if that does not work. */
  public static Api as(URL deployment, String username, String password) {
    Api anonymous = anonymous(deployment);
    Reply reply =
        anonymous.post(
            "api/v1/auth/tokens",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    if (reply.status() != 201) {
      throw new AssertionError("Could not sign in as " + username + ": " + reply);
    }
    return anonymous.header("Authorization", "Bearer " + reply.json().getString("token"));
  }

  /** The bootstrap admin, signed in once per run: each sign-in costs a deliberately slow hash. */
  public static Api admin(URL deployment) {
    return ADMINS.computeIfAbsent(
        deployment.toString(), url -> as(deployment, "admin", ADMIN_PASSWORD));
  }

  private static final java.util.Map<String, Api> ADMINS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A NIP no other test uses in this run: valid birth date, appointment and gender digit. */
  public static String newNip() {
    int n = NIPS.incrementAndGet();
    String birth =
        java.time.LocalDate.of(1970, 1, 1)
            .plusDays(n)
            .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    return birth + "201503" + (n % 2 + 1) + String.format("%03d", n % 1000);
  }

  /** The same caller (headers, token or cookie) on another server: another node, say. */
  public Api at(URL deployment) {
    Api copy = new Api(URI.create(deployment.toString()));
    copy.headers.addAll(headers);
    return copy;
  }

  public Api header(String name, String value) {
    Api copy = new Api(base);
    copy.headers.addAll(headers);
    copy.headers.add(name);
    copy.headers.add(value);
    return copy;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply patch(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply putBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** A binary response body, such as an exported package; fails the test unless 200. */
  public byte[] download(String path) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError("HTTP request failed", e);
    }
  }

  /** Any response with its body as bytes and its headers, whatever the status. */
  public Binary fetch(String path) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Binary(response.statusCode(), response.body(), response.headers().map());
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError("HTTP request failed", e);
    }
  }

  /** A response with a binary body, such as a downloaded file. */
  public record Binary(int status, byte[] body, java.util.Map<String, List<String>> headers) {

    public String header(String name) {
      return new Reply(status, "", headers).header(name);
    }

    /** The body as text, to show in a failure or to read a problem detail. */
    public Reply asText() {
      return new Reply(status, new String(body, java.nio.charset.StandardCharsets.UTF_8), headers);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    for (int i = 0; i < headers.size(); i += 2) {
      builder.header(headers.get(i), headers.get(i + 1));
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers().map());
    } catch (Exception e) {
      throw new AssertionError("HTTP request failed", e);
    }
  }

  /** A response: status, body, headers. */
  public record Reply(int status, String body, java.util.Map<String, List<String>> headers) {

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** Asserts this is a problem detail with the status, and returns its detail text. */
    public String problem(int expectedStatus) {
      if (status != expectedStatus) {
        throw new AssertionError("expected " + expectedStatus + " but got " + this);
      }
      String type = header("Content-Type");
      if (type == null || !type.startsWith("application/problem+json")) {
        throw new AssertionError("not a problem detail: " + this);
      }
      JsonObject problem = json();
      if (problem.getInt("status") != expectedStatus || problem.getString("detail", "").isBlank()) {
        throw new AssertionError("problem without status or detail: " + body);
      }
      return problem.getString("detail");
    }

    /**
     * Asserts this is a problem detail of the type (its slug, such as {@code attempt-closed}) and
     * status, and returns its detail text.
     */
    public String problem(int expectedStatus, String expectedType) {
      String detail = problem(expectedStatus);
      String type = json().getString("type", null);
      if (!("/problems/" + expectedType).equals(type)) {
        throw new AssertionError("expected problem type " + expectedType + " but got " + this);
      }
      return detail;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
