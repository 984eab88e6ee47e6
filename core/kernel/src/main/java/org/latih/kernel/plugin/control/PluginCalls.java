package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.worker.ReportReads;
import org.latih.kernel.plugin.worker.UnknownReportException;
import org.latih.kernel.plugin.worker.WorkerBusyException;
import org.latih.kernel.plugin.worker.WorkerFault;
import org.latih.kernel.plugin.worker.WorkerProcess;
import org.latih.kernel.rest.NotFoundException;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * Every call into plugin code goes through here, to the install's worker process: with a time limit
 * that starts when the worker gets the call (a call waiting for the worker blames no one and is
 * turned away as {@link PluginsBusyException}), and anything that goes wrong inside the worker (an
 * exception, a crash, no answer in time, an answer too large or invalid) recorded as the plugin's
 * own fault. The worker over its time is killed; the request thread never waits longer than the
 * limits.
 */
@ApplicationScoped
public class PluginCalls {

  private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

  @Inject
  @ConfigProperty(name = "latih.plugin.call-timeout-ms", defaultValue = "5000")
  long timeoutMs;

  @Inject
  @ConfigProperty(name = "latih.plugin.queue-wait-ms", defaultValue = "2000")
  long queueWaitMs;

  @Inject Workers workers;
  @Inject PluginStates states;

  /** What each report of each installed version read: the host loads and sends only that. */
  private final ReportReads reads = new ReportReads();

  /** One report of one installed version of a plugin. */
  private record ReportOf(Long install, String checksum, String report) {}

  /**
   * Builds report {@code reportId} of {@code plugin} in its worker, from the parts of the outcome
   * data {@code load} reads: those the report read before, and more if it asks ({@link
   * ReportReads}); each round a call of its own, with its own time limit.
   */
  public Report build(
      Plugin plugin,
      String reportId,
      ReportRequest request,
      Function<OutcomeParts, OutcomeSnapshot> load) {
    WorkerProcess worker = worker(plugin);
    try {
      return reads.build(
          new ReportOf(plugin.key(), plugin.checksum(), reportId),
          load,
          (data, sent) ->
              worker.build(
                  reportId,
                  request,
                  data,
                  sent,
                  Duration.ofMillis(queueWaitMs),
                  Duration.ofMillis(timeoutMs)));
    } catch (WorkerBusyException e) {
      throw new PluginsBusyException();
    } catch (UnknownReportException e) {
      throw new NotFoundException("plugin.reportNotFound", plugin.id(), reportId);
    } catch (WorkerFault e) {
      throw failed(plugin, e.getMessage());
    }
  }

  /** The install's worker, started if need be; a fault its watchdog noted fails the call. */
  WorkerProcess worker(Plugin plugin) {
    var noted = workers.takeFault(plugin.key());
    if (noted.isPresent()) {
      throw failed(plugin, noted.get());
    }
    try {
      return workers.of(plugin);
    } catch (WorkerFault e) {
      throw failed(plugin, e.getMessage());
    }
  }

  private PluginFailedException failed(Plugin plugin, String why) {
    LOG.warning(() -> "Plugin " + plugin.id() + " failed: " + why);
    states.fail(plugin.key(), why);
    return new PluginFailedException(plugin.id(), why);
  }
}
