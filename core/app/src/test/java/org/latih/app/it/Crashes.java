package org.latih.app.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;

/**
 * Kills the benchmark's server with SIGKILL a number of times while learners take the exam, and
 * starts it again each time; records how long each outage lasted.
 */
final class Crashes extends Thread {

  private static final Duration BETWEEN = Duration.ofSeconds(Long.getLong("bench.crash.every", 10));

  private final PayaraProcess server;
  private final int times;
  private final List<Double> outages = new ArrayList<>();

  Crashes(PayaraProcess server, int times) {
    super("crashes");
    this.server = server;
    this.times = times;
  }

  int count() {
    return outages.size();
  }

  @Override
  public void run() {
    try {
      for (int i = 0; i < times; i++) {
        ExamClient.pause(BETWEEN);
        long down = System.nanoTime();
        server.kill();
        server.start();
        outages.add((System.nanoTime() - down) / 1e9);
        System.out.printf("kill -9 number %d: ready again after %.1f s%n", i + 1, outages.get(i));
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not restart the server", e);
    }
  }

  void print(ExamTaker.Run run) {
    LongSummaryStatistics drift =
        run.deadlineDrift.stream().mapToLong(Long::longValue).summaryStatistics();
    LongSummaryStatistics remaining =
        run.remainingAfterResume.stream().mapToLong(Long::longValue).summaryStatistics();
    System.out.printf(
        "outages (kill -9 to ready): %s s; %d resumes read the deadline again: it moved by"
            + " %d..%d s; remaining time after resume %d..%d s%n",
        outages.stream().map(s -> String.format("%.1f", s)).toList(),
        drift.getCount(),
        drift.getCount() == 0 ? 0 : drift.getMin(),
        drift.getCount() == 0 ? 0 : drift.getMax(),
        remaining.getCount() == 0 ? 0 : remaining.getMin(),
        remaining.getCount() == 0 ? 0 : remaining.getMax());
  }
}
