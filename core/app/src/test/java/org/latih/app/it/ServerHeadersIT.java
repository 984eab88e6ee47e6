package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A server started as config/start.sh starts it tells an anonymous client nothing about itself: no
 * Server or X-Powered-By header naming Payara (asked over plain HTTP/1.1, as a browser or curl
 * does; Java's client upgrades to HTTP/2, which never carried them), and no /metrics.
 */
class ServerHeadersIT {

  /** The status line and headers of a raw HTTP/1.1 request. */
  private static String head(URL base, String requestLine) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = answer.indexOf("\r\n\r\n");
      return end < 0 ? answer : answer.substring(0, end);
    }
  }

  @Test
  void anAnonymousClientLearnsNothingOfTheServer() throws Exception {
    try (PayaraProcess server = PayaraProcess.fresh("headers")) {
      server.start();
      URL base = server.base();
      for (String request :
          new String[] {
            "GET / HTTP/1.1",
            "GET /api/v1/ping HTTP/1.1",
            "GET /no-such-page HTTP/1.1",
            "GET / HTTP/9.9"
          }) {
        String head = head(base, request);
        assertTrue(head.startsWith("HTTP/1.1 "), head);
        String lower = head.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("\r\nserver:"), request + ":\n" + head);
        assertFalse(lower.contains("\r\nx-powered-by:"), request + ":\n" + head);
      }
      assertEquals(200, Api.anonymous(base).get("api/v1/ping").status());
      assertNotEquals(200, Api.anonymous(base).get("metrics").status(), "metrics are off");
    }
  }
}
