package org.latih.kernel.plugin.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many readings of outcome data for plugin reports run at once. A whole region's data fills a
 * few hundred megabytes of heap while it is read: 40 parallel views of one whole-region report
 * (10,000 ASN) ran the server out of memory; 30 of them answered 500 and a healthy plugin was
 * marked failed, because the starving host could not hand its worker the request in time. Past the
 * limit a reading waits for a place as long as a call would for a worker's call slot, then is
 * turned away as busy (503 with Retry-After, no plugin blamed); the UI's reads retry by themselves.
 */
@ApplicationScoped
public class OutcomeLoads {

  @Inject
  @ConfigProperty(name = "latih.plugin.max-loads", defaultValue = "2")
  int maxLoads;

  @Inject
  @ConfigProperty(name = "latih.plugin.queue-wait-ms", defaultValue = "2000")
  long queueWaitMs;

  private Semaphore places;

  @PostConstruct
  void open() {
    places = new Semaphore(Math.max(1, maxLoads), true);
  }

  /** Runs {@code read} in one of the places, or throws {@link PluginsBusyException}. */
  public <T> T run(Supplier<T> read) {
    try {
      if (!places.tryAcquire(queueWaitMs, TimeUnit.MILLISECONDS)) {
        throw new PluginsBusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginsBusyException();
    }
    try {
      return read.get();
    } finally {
      places.release();
    }
  }
}
