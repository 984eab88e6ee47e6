package org.latih.app.it;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/** CPU time processes on this machine have used so far (user and system), from Linux's /proc. */
final class ProcessCpu {

  private ProcessCpu() {}

  /** One process's. */
  static double seconds(long pid) throws IOException {
    return seconds(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
  }

  /**
   * Every PostgreSQL process's: the benchmarks' database runs here too, and a start's rows cost it
   * as much as the server. Backends that ended are not counted, so read it around work done on
   * pooled connections.
   */
  static double postgresSeconds() throws IOException {
    return seconds(Path.of("/proc"), "[0-9]*", name -> name.startsWith("postgres"));
  }

  /**
   * What one JVM's JIT compilers have used so far: its threads named "C1 CompilerThre…" and "C2
   * CompilerThre…" (Linux keeps 15 characters of a name). On two cores the JVM runs one of each and
   * keeps both; on more it may stop an idle one, and its time leaves the sum.
   */
  static double compilerSeconds(long pid) throws IOException {
    return seconds(
        Path.of("/proc", String.valueOf(pid), "task"),
        "*",
        name -> name.equals("C1 CompilerThre") || name.equals("C2 CompilerThre"));
  }

  /** The processes (or threads) listed in {@code dir} whose command name {@code named} takes. */
  private static double seconds(Path dir, String glob, Predicate<String> named) throws IOException {
    double seconds = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
      for (Path entry : entries) {
        String stat;
        try {
          stat = Files.readString(entry.resolve("stat"));
        } catch (IOException gone) {
          continue; // it ended while the list was read
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open >= 0 && close > open && named.test(stat.substring(open + 1, close))) {
          seconds += seconds(stat);
        }
      }
    }
    return seconds;
  }

  private static double seconds(String stat) {
    // fields after the command name, which is in parentheses and may contain spaces
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks / 100.0; // USER_HZ is 100 on Linux
  }
}
