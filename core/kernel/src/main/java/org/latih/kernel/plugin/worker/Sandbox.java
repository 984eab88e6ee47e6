package org.latih.kernel.plugin.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The command line a worker starts with: a small, single-core JVM and, where bubblewrap works, a
 * sandbox without network that sees only the JDK, the worker's class path and the one plugin jar,
 * read-only, as an unprivileged user. The server's environment never reaches the worker.
 */
public final class Sandbox {

  /** Whether to run workers in bubblewrap: AUTO does so when it works on this machine. */
  public enum Mode {
    AUTO,
    BWRAP,
    NONE
  }

  private static final Logger LOG = Logger.getLogger(Sandbox.class.getName());
  static final Path BWRAP = Path.of("/usr/bin/bwrap");
  static final Path NICE = Path.of("/usr/bin/nice");
  static final String LIB = "/latih/worker";
  static final String PLUGIN_DIR = "/latih/plugin";

  private Sandbox() {}

  /** Whether workers of {@code mode} run in bubblewrap; BWRAP where it does not work is refused. */
  public static boolean bwrap(Mode mode) {
    return switch (mode) {
      case NONE -> false;
      case AUTO -> Probe.RESULT != null;
      case BWRAP -> {
        if (Probe.RESULT == null) {
          throw new IllegalStateException(
              "bubblewrap was asked for but "
                  + BWRAP
                  + " is missing or cannot create a sandbox"
                  + " here; install it (apt-get install bubblewrap) or use sandbox mode NONE");
        }
        yield true;
      }
    };
  }

  /** The full command for a worker running {@code pluginJar}. */
  static List<String> command(WorkerSpec spec, Path pluginJar, String pluginId) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(NICE)) {
      // below the server's priority: a plugin that computes hard slows its own region's reports
      // first, never the server's requests
      command.addAll(List.of(NICE.toString(), "-n", "10"));
    }
    if (bwrap(spec.sandbox())) {
      String jar = PLUGIN_DIR + "/plugin.jar";
      command.addAll(Probe.RESULT);
      command.addAll(binds(spec.java()));
      command.addAll(
          List.of(
              "--ro-bind",
              spec.workerLib().toAbsolutePath().toString(),
              LIB,
              "--ro-bind",
              pluginJar.toAbsolutePath().toString(),
              jar,
              "--chdir",
              "/tmp",
              "--"));
      command.addAll(jvm(spec, LIB, jar, pluginId));
    } else {
      command.addAll(
          jvm(spec, spec.workerLib().toAbsolutePath().toString(), pluginJar.toString(), pluginId));
    }
    return command;
  }

  private static List<String> jvm(WorkerSpec spec, String lib, String jar, String pluginId) {
    return List.of(
        spec.java().toString(),
        "-Xmx" + spec.heapMiB() + "m",
        // the heap grows only for a report over a whole region's data; an idle worker stays small:
        // 53-55 MiB resident (HeapTrim back to 10 MB) instead of 61-65 with -Xms16m, the reports
        // as fast within the runs' spread (bench/plugin-workers latency and server, twice each)
        "-Xms8m",
        "-XX:MaxMetaspaceSize=64m",
        "-Xss512k",
        "-XX:+UseSerialGC",
        // while idle, what a full collection finds free beyond this share is given back; while
        // calls run, HeapTrim lets the heap grow freely instead
        "-XX:MaxHeapFreeRatio=40",
        "-XX:MinHeapFreeRatio=20",
        // the full JIT: a whole region's report took 530-610 ms p50 in a worker limited to C1 and
        // 320-420 ms with C2 (bench/plugin-workers latency). What C2 leaves in malloc's arenas is
        // handed back every 2 s (WorkerProcess sets MALLOC_ARENA_MAX=2), so an idle worker stays
        // within 10-15 MiB of a C1-only one
        "-XX:ReservedCodeCacheSize=32m",
        "-XX:TrimNativeHeapInterval=2000",
        "-XX:ActiveProcessorCount=1",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:-UsePerfData",
        "-Xshare:auto",
        "-Djava.io.tmpdir=/tmp",
        // one line per log record: the host logs a worker's stderr a line at a time
        "-Djava.util.logging.SimpleFormatter.format=%4$s %3$s: %5$s%6$s%n",
        "-Dlatih.worker.threads=" + spec.callThreads(),
        "-cp",
        lib + "/*",
        "org.latih.worker.WorkerMain",
        jar,
        pluginId);
  }

  /** Read-only views of the system's libraries and the JDK, nothing else of the host's files. */
  private static List<String> binds(Path java) {
    List<String> binds = new ArrayList<>(List.of("--ro-bind", "/usr", "/usr"));
    for (String dir : List.of("/lib", "/lib64", "/bin")) {
      Path path = Path.of(dir);
      try {
        if (Files.isSymbolicLink(path)) { // merged /usr, as on Debian 12
          binds.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), dir));
        } else if (Files.isDirectory(path)) {
          binds.addAll(List.of("--ro-bind", dir, dir));
        }
      } catch (IOException e) {
        LOG.warning("Cannot read " + dir + " for the worker sandbox: " + e);
      }
    }
    Path home = javaHome(java);
    if (!home.startsWith("/usr")) {
      binds.addAll(List.of("--ro-bind", home.toString(), home.toString()));
    }
    // Debian's JDK links conf/ files to /etc/java-<n>-openjdk.
    String etc = "/etc/java-" + Runtime.version().feature() + "-openjdk";
    binds.addAll(List.of("--ro-bind-try", etc, etc));
    return binds;
  }

  private static Path javaHome(Path java) {
    try {
      return java.toRealPath().getParent().getParent();
    } catch (IOException e) {
      return java.toAbsolutePath().getParent().getParent();
    }
  }

  /**
   * The bubblewrap options that work here, found once: an unprivileged uid in a user namespace
   * where the kernel allows it, else the same sandbox as the calling user; null when bwrap is
   * missing or cannot sandbox at all (a container without the needed privileges).
   */
  private static final class Probe {
    static final List<String> RESULT = find();

    private static List<String> find() {
      if (!Files.isExecutable(BWRAP)) {
        return null;
      }
      List<String> base =
          List.of(
              BWRAP.toString(),
              "--unshare-all",
              "--die-with-parent",
              "--new-session",
              "--cap-drop",
              "ALL",
              "--clearenv",
              "--setenv",
              "LANG",
              "C.UTF-8",
              "--tmpfs",
              "/tmp",
              "--proc",
              "/proc",
              "--dev",
              "/dev");
      List<String> user = new ArrayList<>(base);
      user.addAll(1, List.of("--unshare-user", "--uid", "65534", "--gid", "65534"));
      for (List<String> candidate : List.of(user, base)) {
        if (works(candidate)) {
          return List.copyOf(candidate);
        }
      }
      LOG.warning("bubblewrap cannot create a sandbox here; plugin workers run without one");
      return null;
    }

    private static boolean works(List<String> options) {
      List<String> command = new ArrayList<>(options);
      command.addAll(binds(Path.of(System.getProperty("java.home"), "bin", "java")));
      command.addAll(List.of("--", "/usr/bin/true"));
      try {
        Process probe =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!probe.waitFor(10, TimeUnit.SECONDS)) {
          probe.destroyForcibly();
          return false;
        }
        return probe.exitValue() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
