package org.latih.worker;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.worker.protocol.Answer;
import org.latih.worker.protocol.InvalidMessageException;
import org.latih.worker.protocol.Protocol;
import org.latih.worker.protocol.Request;

/**
 * The worker process: {@code WorkerMain <plugin jar> <expected plugin id>}. Loads the plugin,
 * answers the ready line, then serves build requests from stdin on a few call threads until stdin
 * closes. The number of call threads comes from {@code -Dlatih.worker.threads} (default 2).
 */
public final class WorkerMain {

  /** PF4J's own progress (loading, resolving, starting) is not worth a line in the server's log. */
  private static final Logger PF4J = Logger.getLogger("org.pf4j");

  private WorkerMain() {}

  public static void main(String[] args) throws IOException {
    // The real stdout carries the protocol only; whatever the plugin prints goes to stderr.
    OutputStream channel = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    Lines requests = new Lines(new FileInputStream(FileDescriptor.in));
    PrintStream stderr =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(stderr);
    System.setErr(stderr);
    System.setIn(InputStream.nullInputStream());
    PF4J.setLevel(Level.WARNING);

    Answers answers = new Answers(channel);
    if (args.length != 2) {
      answers.send(Answer.failed(0, "usage: WorkerMain <plugin jar> <expected plugin id>"));
      Runtime.getRuntime().halt(2);
    }
    LoadedPlugin plugin;
    try {
      plugin = LoadedPlugin.load(Path.of(args[0]), args[1]);
    } catch (Throwable t) {
      answers.send(Answer.failed(0, Failures.describe(t)));
      Runtime.getRuntime().halt(1);
      return;
    }
    answers.send(plugin.ready());
    serve(requests, plugin, answers);
    // stdin closed (the host is done with this worker) or the worker lost its place in it. halt,
    // not exit: a plugin's own threads or shutdown hooks must not keep the process alive.
    Runtime.getRuntime().halt(0);
  }

  private static void serve(Lines requests, LoadedPlugin plugin, Answers answers)
      throws IOException {
    ExecutorService calls =
        Executors.newFixedThreadPool(
            Integer.getInteger("latih.worker.threads", 2),
            task -> {
              Thread thread = new Thread(task, "latih-call");
              thread.setDaemon(true);
              return thread;
            });
    HeapTrim trim = new HeapTrim();
    for (InputStream next = next(requests, answers); next != null; next = next(requests, answers)) {
      trim.callStarted(); // a request being read is a call: no collection under its parsing
      Request request;
      byte[] line;
      try (InputStream in = next) {
        line = in.readAllBytes(); // the JSON only: the bulk came in the frame
      }
      try {
        request = Protocol.readRequest(new ByteArrayInputStream(line), requests.takeFrame());
      } catch (InvalidMessageException e) {
        // answered if it names its id, so that the host need not wait out the call's time limit
        // and then blame the plugin for its own bug
        System.err.println("A request that cannot be read: " + e.getMessage());
        Protocol.requestId(line)
            .ifPresent(id -> answers.send(Answer.unreadable(id, e.getMessage())));
        trim.callEnded();
        continue;
      }
      calls.execute(
          () -> {
            try {
              answers.send(plugin.answer(request));
            } finally {
              trim.callEnded();
            }
          });
    }
  }

  /**
   * The next request's line; null at the end of input, and after a frame that is not one, which
   * leaves no way to find the next request: said to the host first, so that the host knows the
   * worker ended for a bug of the host's, not of the plugin's.
   */
  private static InputStream next(Lines requests, Answers answers) throws IOException {
    try {
      return requests.next();
    } catch (InvalidMessageException e) {
      System.err.println("Lost the place in the requests: " + e.getMessage());
      answers.send(Answer.brokenStream(e.getMessage()));
      return null;
    }
  }
}
