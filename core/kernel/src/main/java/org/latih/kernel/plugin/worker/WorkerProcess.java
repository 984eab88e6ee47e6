package org.latih.kernel.plugin.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.worker.protocol.Answer;
import org.latih.worker.protocol.InvalidMessageException;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;
import org.latih.worker.protocol.Protocol;
import org.latih.worker.protocol.Request;

/**
 * One running plugin worker: a JVM that runs one plugin jar (see {@link Sandbox}), reached over its
 * stdin and stdout. Calls are multiplexed by request id, at most {@link WorkerSpec#callThreads()}
 * at once. The worker is killed when a call overruns its time limit, when it answers too much or
 * nonsense, and when the {@link Watchdog} finds it over its limits; every waiting call then fails
 * with a {@link WorkerFault} naming the reason, and {@code onFault} hears it once. A worker that
 * ends because it could not follow the host's requests is the host's bug: its calls fail with an
 * {@link IllegalStateException} and {@code onFault} hears nothing. Nothing a worker does can block
 * the caller longer than the wait and time limit it passed.
 */
public final class WorkerProcess implements AutoCloseable {

  private final WorkerSpec spec;
  private final String pluginId;
  private final Consumer<String> onFault;
  private final Process process;
  private final Path workDir;
  private final OutputStream requests;
  private final StderrLog stderr;
  private final Thread stderrThread;
  private final Thread answersThread;
  private final Semaphore slots;
  private final Map<Long, CompletableFuture<Answer>> pending = new ConcurrentHashMap<>();
  private final CompletableFuture<Answer> readyLine = new CompletableFuture<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger callsStarted = new AtomicInteger();
  private final AtomicReference<String> fault = new AtomicReference<>();
  private final Watchdog watchdog;
  private volatile boolean started;
  private volatile boolean closing;
  private volatile boolean hostsFault;
  private volatile ScheduledFuture<?> watch;
  private WorkerReady ready;

  private WorkerProcess(
      WorkerSpec spec, String pluginId, Consumer<String> onFault, Process process, Path workDir) {
    this.spec = spec;
    this.pluginId = pluginId;
    this.onFault = onFault;
    this.process = process;
    this.workDir = workDir;
    this.requests = process.getOutputStream();
    this.slots = new Semaphore(spec.callThreads(), true);
    this.stderr = new StderrLog(process.getErrorStream(), pluginId);
    this.stderrThread = daemon(stderr, "latih-worker-stderr-" + pluginId);
    this.watchdog =
        new Watchdog(process.toHandle(), spec, inFlight::get, callsStarted::get, this::die);
    this.answersThread = daemon(this::readAnswers, "latih-worker-answers-" + pluginId);
  }

  /**
   * Starts a worker for {@code pluginJar} and waits for its ready line.
   *
   * @param onFault told the reason once when the started worker is killed or dies, except by {@link
   *     #close()}; so the host can mark the plugin and restart it
   * @throws WorkerFault when the plugin does not load, start or answer within the start timeout;
   *     the process is gone then
   */
  public static WorkerProcess start(
      WorkerSpec spec, Path pluginJar, String pluginId, Consumer<String> onFault) {
    Path workDir;
    Process process;
    try {
      workDir = Files.createTempDirectory("latih-worker-");
      ProcessBuilder builder =
          new ProcessBuilder(Sandbox.command(spec, pluginJar, pluginId))
              .directory(workDir.toFile());
      builder.environment().clear();
      builder.environment().put("LANG", "C.UTF-8");
      builder.environment().put("MALLOC_ARENA_MAX", "2");
      process = Launcher.start(builder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker for plugin " + pluginId, e);
    }
    WorkerProcess worker = new WorkerProcess(spec, pluginId, onFault, process, workDir);
    worker.awaitReady();
    return worker;
  }

  private void awaitReady() {
    Answer answer;
    try {
      answer = readyLine.get(spec.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      die("did not start within " + spec.startTimeout().toMillis() + " ms");
      throw new WorkerFault(fault.get());
    } catch (ExecutionException e) {
      throw new WorkerFault("did not start: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      die("start interrupted");
      throw new WorkerFault(fault.get());
    }
    // a worker that refuses to start exits right after saying why: what it said is the reason,
    // even when its exit was noticed first
    if (!answer.ok()) {
      String reason = "did not start: " + answer.error();
      die(reason);
      throw new WorkerFault(reason);
    }
    if (!pluginId.equals(answer.plugin())) {
      String reason = "started plugin '" + answer.plugin() + "', not '" + pluginId + "'";
      die(reason);
      throw new WorkerFault(reason);
    }
    ready =
        new WorkerReady(
            answer.plugin(),
            answer.version(),
            answer.forms() == null ? List.of() : List.copyOf(answer.forms()),
            answer.reports() == null ? List.of() : List.copyOf(answer.reports()),
            answer.reportsIn() == null ? Map.of() : answer.reportsIn());
    started = true;
    watch = watchdog.start();
    if (fault.get() != null) { // died between the ready line and here
      watch.cancel(false);
    }
  }

  public WorkerReady ready() {
    return ready;
  }

  /**
   * Builds a report in the worker.
   *
   * @param queueWait how long to wait for a free call slot
   * @param timeout the plugin's time, from when the request is written
   * @throws WorkerBusyException no slot within {@code queueWait}: not the plugin's fault
   * @throws UnknownReportException the plugin has no such report: not its fault either
   * @throws WorkerFault the plugin failed; {@link #alive()} tells whether its worker is gone
   */
  public Report build(
      String reportId,
      ReportRequest request,
      OutcomeSnapshot data,
      Duration queueWait,
      Duration timeout) {
    // with every part sent, a build always has its report (builtOf)
    return build(reportId, request, data, OutcomeParts.ALL, queueWait, timeout).report();
  }

  /**
   * What the plugin built from the {@code sent} parts of {@code data}, and which parts it read: no
   * report if it read beyond them ({@link ReportReads} builds again with more). A worker that asks
   * for no more than it was sent and still builds nothing is a fault, as one that answers nothing.
   *
   * @see #build(String, ReportRequest, OutcomeSnapshot, Duration, Duration)
   */
  public Built build(
      String reportId,
      ReportRequest request,
      OutcomeSnapshot data,
      OutcomeParts sent,
      Duration queueWait,
      Duration timeout) {
    long id = ids.incrementAndGet();
    Request message = Request.build(id, reportId, request, data, sent);
    acquireSlot(queueWait);
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    inFlight.incrementAndGet();
    callsStarted.incrementAndGet();
    try {
      pending.put(id, answer);
      if (fault.get() != null) {
        throw gone();
      }
      send(message, timeout);
      return builtOf(answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS), reportId, sent);
    } catch (TimeoutException e) {
      die("no answer within " + timeout.toMillis() + " ms");
      throw gone();
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkerBusyException("interrupted while waiting for plugin " + pluginId);
    } finally {
      pending.remove(id);
      inFlight.decrementAndGet();
      slots.release();
    }
  }

  private void acquireSlot(Duration queueWait) {
    try {
      if (!slots.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new WorkerBusyException(
            "all "
                + spec.callThreads()
                + " call slots of plugin "
                + pluginId
                + " stayed busy for "
                + queueWait.toMillis()
                + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkerBusyException("interrupted while waiting for plugin " + pluginId);
    }
  }

  /**
   * Writes one request, its outcome columns encoded as they are sent so that the worker decodes one
   * while the next is encoded (see Frame); the plugin's clock starts once the request is written. A
   * worker that stops reading its stdin is killed, not waited for.
   */
  private void send(Request message, Duration timeout) {
    ScheduledFuture<?> guard =
        Watchdog.TICKS.schedule(
            () -> die("did not read a request within " + timeout.toMillis() + " ms"),
            timeout.toNanos(),
            TimeUnit.NANOSECONDS);
    try {
      synchronized (requests) {
        try {
          Protocol.write(message, requests);
        } finally {
          requests.flush(); // an abandoned frame's end too, so the worker lets go of its part
        }
      }
    } catch (IOException e) {
      awaitAnswers(); // a worker that lost its place in the requests says so, then ends
      die("stopped reading requests: " + e.getMessage());
      throw gone();
    } finally {
      guard.cancel(false);
    }
  }

  private Built builtOf(Answer answer, String reportId, OutcomeParts sent) {
    if (answer.ok()) {
      if (answer.report() == null) {
        die("answered without a report");
        throw new WorkerFault(fault.get());
      }
      return new Built(answer.report(), answer.reads() == null ? OutcomeParts.ALL : answer.reads());
    }
    if (Answer.NEEDS_DATA.equals(answer.kind())) {
      if (answer.reads() == null || sent.covers(answer.reads())) {
        die("asked for outcome data it was sent");
        throw new WorkerFault(fault.get());
      }
      return new Built(null, answer.reads());
    }
    if (Answer.UNKNOWN_REPORT.equals(answer.kind())) {
      throw new UnknownReportException(pluginId, reportId);
    }
    if (Answer.UNREADABLE_REQUEST.equals(answer.kind())) {
      // only the host writes requests: a bug here, not the plugin's fault
      throw new IllegalStateException(
          "plugin " + pluginId + "'s worker could not read the request: " + answer.error());
    }
    throw new WorkerFault(answer.error());
  }

  private void readAnswers() {
    try (InputStream out = process.getInputStream()) {
      BoundedLines lines = new BoundedLines(out, spec.maxAnswerBytes());
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        Answer answer;
        try {
          answer = Protocol.readAnswer(line);
        } catch (InvalidMessageException e) {
          invalid(e, line);
          return;
        }
        if (Answer.BROKEN_STREAM.equals(answer.kind())) {
          hostsFault = true;
          die("could not follow the host's requests: " + answer.error());
          return;
        }
        CompletableFuture<Answer> call = answer.id() == 0 ? readyLine : pending.get(answer.id());
        if (call != null) {
          call.complete(answer);
        }
      }
    } catch (BoundedLines.TooLongException e) {
      die("answered more than " + spec.maxAnswerBytes() / (1024 * 1024) + " MiB in one line");
      return;
    } catch (IOException e) {
      // the pipe broke: the process is gone, said below
    }
    exited(stderr.lastLine());
  }

  /**
   * A line that is not protocol: the plugin's fault, unless the JVM is exiting. HotSpot itself
   * writes to stdout when it ends on a full heap ("Terminating due to java.lang.OutOfMemoryError"),
   * which no redirect in Java catches, so a worker that exits right after is told as an exit.
   */
  private void invalid(InvalidMessageException e, byte[] line) {
    try {
      if (process.waitFor(1, TimeUnit.SECONDS)) {
        String text = new String(line, 0, Math.min(line.length, 500), StandardCharsets.UTF_8);
        exited(text);
        return;
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    die("sent an invalid answer: " + e.getMessage());
  }

  /** The worker's stdout ended: it exited (or was killed, whose reason is already set). */
  private void exited(String lastSaid) {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
      stderrThread.join(1000); // so the reason can show the last thing it said
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String code =
        process.isAlive() ? "closed its output" : "exited with code " + process.exitValue();
    String last = lastSaid.isBlank() ? stderr.lastLine() : lastSaid;
    die("worker " + code + (last.isBlank() ? "" : " (last said: " + last + ")"));
  }

  /** Kills the worker for {@code reason}; the first reason given is the one kept. */
  private void die(String reason) {
    if (!fault.compareAndSet(null, reason)) {
      return;
    }
    killTree();
    ScheduledFuture<?> running = watch;
    if (running != null) {
      running.cancel(false);
    }
    // the host hears of it before any caller does, so a caller finds the plugin marked already
    if (started && !closing && !hostsFault) {
      onFault.accept(reason);
    }
    RuntimeException failure = gone();
    readyLine.completeExceptionally(failure);
    pending.values().forEach(call -> call.completeExceptionally(failure));
  }

  /** What a call to the gone worker fails with: a plugin fault, unless the host's own bug. */
  private RuntimeException gone() {
    return hostsFault
        ? new IllegalStateException("plugin " + pluginId + "'s worker " + fault.get())
        : new WorkerFault(fault.get());
  }

  /** Waits a little for the worker's last answers to be read, once its stdin broke. */
  private void awaitAnswers() {
    try {
      answersThread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void killTree() {
    // descendants first: once bwrap is gone, its children are no longer found under it
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    deleteWorkDir();
  }

  private void deleteWorkDir() {
    try (var files = Files.walk(workDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind; the OS cleans /tmp
    }
  }

  public boolean alive() {
    return fault.get() == null && process.isAlive();
  }

  /** Why the worker is gone, if it is. */
  public Optional<String> fault() {
    return Optional.ofNullable(fault.get());
  }

  /** How many calls hold a slot now, waiting for their answer. */
  int callsInFlight() {
    return inFlight.get();
  }

  /** The worker JVM's CPU, threads and memory now; empty once it is gone. */
  public Optional<WorkerStats> stats() {
    return watchdog.stats();
  }

  /** Closes the worker's stdin, so it exits by itself, then kills what is left of it. */
  @Override
  public void close() {
    closing = true;
    try {
      synchronized (requests) {
        requests.close();
      }
      process.waitFor(2, TimeUnit.SECONDS);
    } catch (IOException e) {
      // already gone
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    die("worker closed");
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
