package org.latih.kernel.persistence;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Runs a read that a request waits for on another thread, in a transaction of its own, so that two
 * reads of one request go at once. An EJB's asynchronous method, run on the EJB container's pool:
 * an executor of the application's own ({@code @ManagedExecutorDefinition}) failed the deployment
 * (its lookup found nothing). Payara Micro's default managed executor would serve too: it runs
 * tasks side by side (BackgroundTasksIT), although its configuration suggested one at a time.
 */
@Stateless
public class ParallelReads {

  /** {@code read}'s result, once read; what it throws comes out of {@link Future#get()}. */
  @Asynchronous
  public <T> Future<T> read(Callable<T> read) {
    try {
      return CompletableFuture.completedFuture(read.call());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // a read throws no checked exception
    }
  }
}
