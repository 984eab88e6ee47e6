package org.latih.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A connection to the test server that can be cut, the way a learner's mobile signal drops: a plain
 * TCP relay on its own port in front of the shared server. While it is down, connections are
 * refused and open ones are closed, for the page and its service worker alike (the browser's own
 * offline switch only reaches the page).
 */
final class SwitchableLine implements AutoCloseable {

  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;

  SwitchableLine(URL server) throws IOException {
    target = new InetSocketAddress(server.getHost(), server.getPort());
    listener = listen(0);
    port = listener.getLocalPort();
    accept(listener);
  }

  /** The server's URL through this line. */
  URL through(URL server) throws IOException {
    return new URL("http", "127.0.0.1", port, server.getFile());
  }

  /** Cuts the line: refuses new connections and closes the open ones. */
  void down() throws IOException {
    listener.close();
    for (Socket s : open) {
      s.close();
    }
    open.clear();
  }

  /** Restores the line on the same port. */
  void up() throws IOException {
    listener = listen(port);
    accept(listener);
  }

  @Override
  public void close() throws IOException {
    down();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void accept(ServerSocket socket) {
    daemon(
        () -> {
          while (!socket.isClosed()) {
            try {
              Socket client = socket.accept();
              Socket server = new Socket(target.getAddress(), target.getPort());
              open.add(client);
              open.add(server);
              pump(client, server);
              pump(server, client);
            } catch (IOException e) {
              return; // closed by down()
            }
          }
        });
  }

  private void pump(Socket from, Socket to) {
    daemon(
        () -> {
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
          } catch (IOException e) {
            // one side closed: close both below
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        });
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "switchable-line");
    thread.setDaemon(true);
    thread.start();
  }

  private void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
