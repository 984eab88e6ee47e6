package org.latih.kernel.plugin.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains a worker's stderr into the server log, at most {@link #LINES} lines per {@link
 * #WINDOW_NANOS} and {@link #MAX_CHARS} characters a line: a plugin that spams can neither fill the
 * log nor block on a full pipe. The last line is kept for the reason when the worker dies.
 */
final class StderrLog implements Runnable {

  private static final Logger LOG = Logger.getLogger(StderrLog.class.getName());
  static final int LINES = 20;
  static final long WINDOW_NANOS = 10_000_000_000L;
  static final int MAX_CHARS = 500;

  private final InputStream in;
  private final String pluginId;
  private volatile String lastLine = "";
  private long windowStart = System.nanoTime();
  private int logged;
  private int dropped;

  StderrLog(InputStream in, String pluginId) {
    this.in = in;
    this.pluginId = pluginId;
  }

  String lastLine() {
    return lastLine;
  }

  @Override
  public void run() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (in) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            log(line.toString(StandardCharsets.UTF_8));
            line.reset();
          } else if (line.size() < MAX_CHARS * 4) { // enough bytes for MAX_CHARS characters
            line.write(buffer[i]);
          }
        }
      }
    } catch (IOException e) {
      // the worker is gone; its stream with it
    }
    if (line.size() > 0) {
      log(line.toString(StandardCharsets.UTF_8));
    }
  }

  private void log(String text) {
    String shown = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
    lastLine = shown;
    long now = System.nanoTime();
    if (now - windowStart > WINDOW_NANOS) {
      if (dropped > 0) {
        LOG.warning("Plugin " + pluginId + " worker: " + dropped + " more lines dropped");
      }
      windowStart = now;
      logged = 0;
      dropped = 0;
    }
    if (logged < LINES) {
      logged++;
      LOG.log(Level.INFO, "Plugin {0} worker: {1}", new Object[] {pluginId, shown});
    } else {
      dropped++;
    }
  }
}
