package org.latih.kernel.plugin.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.latih.testing.plugin.PluginJars;

/**
 * The worker's class path for tests, as the WAR's WEB-INF/worker holds it: the jars of the test
 * class path that hold the worker's classes and their dependencies, copied into one folder (a
 * module's target/classes folder is packed into a jar first), made once per test run.
 */
final class WorkerLib {

  private static final List<String> CLASSES =
      List.of(
          "org.latih.worker.WorkerMain",
          "org.latih.api.ApiVersion",
          "org.pf4j.PluginManager",
          "com.github.zafarkhaja.semver.Version",
          "org.slf4j.LoggerFactory",
          "org.slf4j.jul.JDK14LoggerAdapter",
          "jakarta.json.Json",
          "org.eclipse.parsson.JsonProviderImpl");

  private static Path folder;

  private WorkerLib() {}

  static synchronized Path folder() {
    if (folder == null) {
      try {
        Path lib = Files.createTempDirectory("latih-worker-lib");
        for (String name : CLASSES) {
          Path from = location(Class.forName(name));
          if (Files.isDirectory(from)) { // <module>/target/classes
            jar(from, lib.resolve(from.getParent().getParent().getFileName() + "-classes.jar"));
          } else if (!Files.exists(lib.resolve(from.getFileName()))) {
            Files.copy(from, lib.resolve(from.getFileName()));
          }
        }
        folder = lib;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("not on the test class path: " + e.getMessage(), e);
      }
    }
    return folder;
  }

  /** A plugin jar written to its own folder, as the host stores one. */
  static Path write(PluginJars plugin) {
    try {
      Path dir = Files.createTempDirectory("latih-plugin");
      return Files.write(dir.resolve("plugin.jar"), plugin.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void jar(Path classes, Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target);
        JarOutputStream jar = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
