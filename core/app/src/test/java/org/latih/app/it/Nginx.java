package org.latih.app.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer in front of several nodes, started by the test with a
 * configuration of its own in a folder of its own (pid, logs and temporary files there, on a free
 * port): no root, no system paths. A node that refuses connections (stopped, killed, still
 * starting) is passed over; a request it took and never answered gets 502, as in production. A
 * node's 503 (busy, or stopping) goes to the client, which waits and tries again: counted as a
 * failure it would mark a merely busy node dead.
 */
final class Nginx implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Path dir;
  private final int port;
  private Process process;

  private Nginx(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Starts nginx balancing over {@code nodePorts} (round robin) and waits until it listens. */
  static Nginx inFrontOf(Path dir, List<Integer> nodePorts) throws Exception {
    if (!Files.isExecutable(BINARY)) {
      throw new AssertionError("nginx missing: bin/install-browser installs Debian's nginx-light");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Files.createDirectories(dir.resolve("tmp"));
    Nginx nginx = new Nginx(dir, port);
    Files.writeString(dir.resolve("nginx.conf"), config(dir, port, nodePorts));
    nginx.process =
        new ProcessBuilder(
                BINARY.toString(),
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-e",
                dir.resolve("error.log").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    boolean up =
        Waits.until(nginx::listening, u -> u || !nginx.process.isAlive(), Duration.ofSeconds(20));
    if (!up) {
      throw new IllegalStateException(
          "nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
    }
    return nginx;
  }

  /** The configuration: the same shape as the operations guide's, without HTTPS. */
  static String config(Path dir, int port, List<Integer> nodePorts) {
    String servers =
        nodePorts.stream()
            .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s;")
            .collect(Collectors.joining("\n"));
    String tmp = dir.resolve("tmp").toString();
    return """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 8192; }
        http {
          access_log %1$s/access.log;
          client_body_temp_path %2$s/body;
          proxy_temp_path %2$s/proxy;
          fastcgi_temp_path %2$s/fastcgi;
          uwsgi_temp_path %2$s/uwsgi;
          scgi_temp_path %2$s/scgi;
          upstream latih {
        %3$s
            keepalive 16;
          }
          server {
            listen 127.0.0.1:%4$d;
            client_max_body_size 110m;
            location / {
              proxy_pass http://latih;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $host;
              proxy_connect_timeout 2s;
              proxy_next_upstream error timeout;
            }
          }
        }
        """
        .formatted(dir, tmp, servers, port);
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  URL base() throws IOException {
    return new URL("http://127.0.0.1:" + port + "/");
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy(); // SIGTERM: nginx's fast shutdown
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
