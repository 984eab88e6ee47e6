package org.latih.kernel.plugin.worker;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.latih.api.reports.Report;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * The parts of the outcome data each report read when it was built before, so that the next build
 * has only those loaded and sent. A region's whole data is 10 MiB through the pipe and most of a
 * second to read from the database; most reports read one or two of its tables, or a form's
 * responses. The first build gets none: the plugin's worker answers what it asked for, and the
 * report is built again with that ({@link Built}), in a few rounds at most, the last with all of
 * the data. What a report reads is remembered as the union of its builds, so a report whose reading
 * depends on the data (an empty table, then no other) needs another round only the first time.
 */
public final class ReportReads {

  /** Rounds of one build; the last sends every part, so a plugin cannot keep asking for more. */
  static final int ROUNDS = 4;

  /** Kept per report and version of a plugin; more than this and they are all learnt again. */
  private static final int MAX_KEPT = 10_000;

  /** One build in a worker from the {@code sent} parts of {@code data}. */
  @FunctionalInterface
  public interface Call {
    Built build(OutcomeSnapshot data, OutcomeParts sent);
  }

  private final ConcurrentMap<Object, OutcomeParts> read = new ConcurrentHashMap<>();

  /** What {@code report} (any key naming a report of one version of a plugin) read so far. */
  public OutcomeParts of(Object report) {
    return read.getOrDefault(report, OutcomeParts.NONE);
  }

  /**
   * Builds {@code report} through {@code call}, with the parts it read before loaded by {@code
   * load}, and more as it asks.
   */
  public Report build(Object report, Function<OutcomeParts, OutcomeSnapshot> load, Call call) {
    OutcomeParts parts = of(report);
    for (int round = 1; ; round++) {
      OutcomeParts sent = round < ROUNDS ? parts : OutcomeParts.ALL;
      Built built = call.build(load.apply(sent), sent);
      if (read.size() > MAX_KEPT) {
        read.clear();
      }
      read.merge(report, built.reads(), OutcomeParts::with);
      if (built.report() != null) { // always, once every part is sent (WorkerProcess)
        return built.report();
      }
      parts = parts.with(built.reads());
    }
  }
}
