package org.latih.course.content.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.rest.ServerBusyException;

/**
 * Bounds how many course packages are unpacked at once: each holds up to {@code
 * latih.course.max-unpacked-bytes} in memory, so a handful of concurrent uploads could otherwise
 * exhaust the heap. A request that finds every slot taken is refused at once (503 with Retry-After)
 * rather than queued behind uploads of unknown length.
 */
@ApplicationScoped
public class PackageImportSlots {

  private static final int RETRY_AFTER_SECONDS = 10;

  @Inject
  @ConfigProperty(name = "latih.course.max-concurrent-imports", defaultValue = "2")
  int slots;

  private Semaphore free;

  @PostConstruct
  void init() {
    free = new Semaphore(Math.max(1, slots));
  }

  /** Runs the import in a free slot, or refuses it as busy. */
  public <T> T run(Supplier<T> importing) {
    if (!free.tryAcquire()) {
      throw new ServerBusyException(RETRY_AFTER_SECONDS, "package.busy", RETRY_AFTER_SECONDS);
    }
    try {
      return importing.get();
    } finally {
      free.release();
    }
  }
}
