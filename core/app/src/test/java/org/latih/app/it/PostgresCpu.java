package org.latih.app.it;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by every PostgreSQL process on this machine (user and system), from /proc:
 * the benchmarks' database runs here too, and a start's rows cost it as much as the server.
 * Backends that ended are not counted, so read it around work done on pooled connections.
 */
final class PostgresCpu {

  private PostgresCpu() {}

  static double seconds() throws IOException {
    long ticks = 0;
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        String stat;
        try {
          stat = Files.readString(process.resolve("stat"));
        } catch (IOException gone) {
          continue; // the process ended while the list was read
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open || !stat.substring(open + 1, close).startsWith("postgres")) {
          continue;
        }
        // fields after the command name, which is in parentheses and may contain spaces
        String[] fields = stat.substring(close + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      }
    }
    return ticks / 100.0; // USER_HZ is 100 on Linux
  }
}
