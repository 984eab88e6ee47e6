package org.latih.kernel.plugin.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxTest {

  private final Path jar = Path.of("/srv/latih/data/plugins/kupang-1.0.0.jar");
  private final WorkerSpec spec = WorkerSpec.defaults(Path.of("/srv/latih/WEB-INF/worker"));

  @Test
  void inBubblewrapTheWorkerSeesOnlyItsOwnJarReadOnlyAndNoNetwork() {
    List<String> command = Sandbox.command(spec.withSandbox(Sandbox.Mode.BWRAP), jar, "kupang");

    assertEquals(List.of("/usr/bin/nice", "-n", "10", "/usr/bin/bwrap"), command.subList(0, 4));
    assertTrue(command.containsAll(List.of("--unshare-all", "--clearenv", "--die-with-parent")));
    assertEquals(
        List.of("--ro-bind", jar.toString(), "/latih/plugin/plugin.jar"),
        command.subList(command.indexOf(jar.toString()) - 1, command.indexOf(jar.toString()) + 2));
    assertFalse(command.contains("/srv/latih/data"), "never the data directory");
    assertFalse(command.contains("--bind"), "nothing writable of the host");
    assertEquals(
        List.of("org.latih.worker.WorkerMain", "/latih/plugin/plugin.jar", "kupang"),
        command.subList(command.size() - 3, command.size()));
  }

  @Test
  void withoutASandboxTheWorkerIsStillASmallJvmOnItsOwnClassPath() {
    List<String> command = Sandbox.command(spec.withSandbox(Sandbox.Mode.NONE), jar, "kupang");

    assertTrue(command.get(3).endsWith("/bin/java"), command::toString);
    assertTrue(
        command.containsAll(
            List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC")));
    assertEquals(1, Collections.frequency(command, "-cp"));
    assertEquals("/srv/latih/WEB-INF/worker/*", command.get(command.indexOf("-cp") + 1));
  }
}
