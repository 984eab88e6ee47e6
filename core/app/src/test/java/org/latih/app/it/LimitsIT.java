package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Oversized and malformed input, anonymous or not: each answered 413 or 422 problem details (never
 * Payara's HTML page, never an exhausted server), and the server keeps answering afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LimitsIT {

  @ArquillianResource URL base;

  private static String oversizedLogin() {
    return "{\"username\":\"" + "a".repeat(2 << 20) + "\",\"password\":\"x\"}";
  }

  @Test
  void anAnonymousJsonBodyOverTheLimitIsRefused413() {
    Api.Reply reply = Api.anonymous(base).post("api/v1/auth/login", oversizedLogin());
    reply.problem(413, "payload-too-large");
  }

  @Test
  void aChunkedJsonBodyIsCountedWhileItIsRead() throws Exception {
    byte[] body = oversizedLogin().getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/auth/login"))
            .header("Content-Type", "application/json")
            // a stream of unknown length goes out chunked, without Content-Length
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  @Test
  void aJsonBodyWithinTheLimitStillWorks() {
    Api.Reply reply =
        Api.anonymous(base)
            .post(
                "api/v1/auth/login",
                "{\"username\":\"" + "a".repeat(1000) + "\",\"password\":\"x\"}");
    assertEquals(401, reply.status(), reply::toString);
  }

  @Test
  void aZipBombIsRefused422() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("attachments/besar.pdf"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    Api.Reply reply =
        Api.admin(base).postBytes("api/v1/course-packages", "application/zip", out.toByteArray());
    assertTrue(reply.problem(422).length() > 0);
    assertTrue(reply.body().contains("ZIP"), reply::toString);
  }

  @Test
  void aManifestNestedDeeplyIsRefused422() {
    CoursePackages pkg = CoursePackages.valid(CoursePackages.newId("dalam"), "1.0.0");
    pkg.text("manifest.json", "{\"tags\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    Api.admin(base).postBytes("api/v1/course-packages", "application/zip", pkg.zip()).problem(422);
  }

  @Test
  void aQuestionOfAMillionCharactersIsRefused422() {
    String course = CoursePackages.newId("panjang");
    Api admin = Api.admin(base);
    CoursePackages pkg = CoursePackages.valid(course, "1.0.0");
    assertEquals(
        200, admin.postBytes("api/v1/course-packages", "application/zip", pkg.zip()).status());
    String gift = "::P1:: " + "x".repeat(1_000_000) + " {=a ~b}\n";
    admin
        .postBytes(
            "api/v1/courses/" + course + "/questions/import?format=gift",
            "text/plain",
            gift.getBytes(StandardCharsets.UTF_8))
        .problem(422, "invalid-questions");
  }
}
