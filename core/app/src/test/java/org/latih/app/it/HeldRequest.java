package org.latih.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * An API request kept in progress on the server for as long as a test likes: a sign-in whose body
 * arrives in two parts, the second only on {@link #finish()}. The server dispatches it as soon as
 * the headers are in (it answers {@code 100 Continue}) and then waits for the rest of the body, so
 * the request holds one of the server's places for API requests meanwhile.
 */
final class HeldRequest implements AutoCloseable {

  private static final String BODY = "{}";

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private HeldRequest(URL base) throws IOException {
    socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(60_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    send(
        "POST "
            + base.getPath()
            + "api/v1/auth/login HTTP/1.1\r\n"
            + "Host: "
            + base.getHost()
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Accept: application/json\r\n"
            + "Content-Length: "
            + BODY.length()
            + "\r\n"
            + "Expect: 100-continue\r\n"
            + "Connection: close\r\n\r\n");
    String first = line();
    if (!first.startsWith("HTTP/1.1 100")) {
      socket.close();
      throw new IOException("expected 100 Continue, got " + first);
    }
    line(); // the blank line that ends the interim response
    send(BODY.substring(0, 1));
  }

  /**
   * Sends the headers and the first byte of the body, once the server asked for the body; {@code
   * base} is the application's address, ending in '/'.
   */
  static HeldRequest open(URL base) throws IOException {
    return new HeldRequest(base);
  }

  /** Sends the rest of the body and reads the whole answer, status line first. */
  String finish() throws IOException {
    send(BODY.substring(1));
    return new String(in.readAllBytes(), StandardCharsets.UTF_8); // Connection: close
  }

  private void send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
