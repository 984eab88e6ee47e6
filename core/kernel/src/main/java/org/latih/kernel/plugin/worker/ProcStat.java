package org.latih.kernel.plugin.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** One process's figures from Linux's {@code /proc}; empty when the process is gone. */
record ProcStat(String command, long cpuNanos, int threads, long rssBytes) {

  // utime and stime count clock ticks of USER_HZ, which Linux fixes at 100 for user space.
  private static final long NANOS_PER_TICK = 10_000_000L;

  static Optional<ProcStat> of(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // after "pid (comm) ": state is field 3, utime 14, stime 15
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      int threads = 0;
      long rss = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("Threads:")) {
          threads = Integer.parseInt(line.substring(8).trim());
        } else if (line.startsWith("VmRSS:")) {
          rss = Long.parseLong(line.substring(6).replace("kB", "").trim()) * 1024;
        }
      }
      return Optional.of(new ProcStat(command, ticks * NANOS_PER_TICK, threads, rss));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * How many of the process's threads are running or waiting for a CPU (state R) right now. Unlike
   * CPU time this does not depend on how busy the machine is: a spinning thread is runnable at
   * every look, even when the scheduler gives it little time.
   */
  static int runnable(long pid) {
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      return (int) tasks.filter(ProcStat::isRunnable).count();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static boolean isRunnable(Path task) {
    try {
      String stat = Files.readString(task.resolve("stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) == 'R';
    } catch (IOException | RuntimeException e) {
      return false; // the thread ended meanwhile
    }
  }
}
