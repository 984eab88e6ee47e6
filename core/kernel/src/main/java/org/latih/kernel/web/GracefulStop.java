package org.latih.kernel.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops the server in an order a client can live with. On SIGTERM (or Ctrl+C) new API requests are
 * answered 503 {@code unavailable} with Retry-After while the ones in progress get {@code
 * latih.http.shutdown-grace-seconds} to finish; then the HTTP listener closes, so clients get
 * "connection refused" rather than Payara's HTML pages, and only then does Payara undeploy.
 *
 * <p>The JVM's own handling of these signals would run Payara's shutdown hook at once, which
 * undeploys the application under requests still arriving; JVM shutdown hooks run in no set order,
 * so the order can only be had by taking the signal itself. Also sets up the {@link ApiAdmission}
 * that {@link ApiGate} admits requests through.
 */
@WebListener
public class GracefulStop implements ServletContextListener {

  static final String ADMISSION = ApiAdmission.class.getName();
  static final String LIMITS = HttpLimits.class.getName();

  private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());

  private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private HttpLimits limits;
  private ApiAdmission admission;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    limits = HttpLimits.fromConfig();
    admission = limits.admission();
    event.getServletContext().setAttribute(LIMITS, limits);
    event.getServletContext().setAttribute(ADMISSION, admission);
    for (String name : List.of("TERM", "INT")) {
      Signal signal = new Signal(name);
      try {
        previous.put(signal, Signal.handle(signal, this::stop));
      } catch (IllegalArgumentException taken) {
        // e.g. under -Xrs: the JVM keeps the signal, and stopping works as before
        LOG.warning(() -> "SIG" + name + " not handled: " + taken.getMessage());
      }
    }
  }

  /** Undeployed without the JVM stopping: the JVM's own handlers take over again. */
  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (!stopping.get()) {
      previous.forEach(Signal::handle);
    }
  }

  private void stop(Signal signal) {
    if (!stopping.compareAndSet(false, true)) {
      return; // already draining; the grace period bounds how long that takes
    }
    try {
      admission.stop();
      LOG.info(
          () ->
              "SIG"
                  + signal.getName()
                  + ": answering 503 to new API requests; "
                  + admission.inProgress()
                  + " in progress get up to "
                  + limits.shutdownGrace().toSeconds()
                  + " s to finish");
      if (!admission.awaitIdle(limits.shutdownGrace())) {
        LOG.warning(() -> admission.inProgress() + " API requests still in progress are cut off");
      }
      HttpListenerSwitch.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      // what the JVM itself does on these signals: run the shutdown hooks (Payara's stops it)
      System.exit(128 + signal.getNumber());
    }
  }
}
