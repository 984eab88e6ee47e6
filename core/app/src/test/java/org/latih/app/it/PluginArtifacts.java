package org.latih.app.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the build made for plugins, found from the WAR's path (failsafe and the bench profile both
 * pass it): the five regional plugins' and the template's jars, and the worker class path the WAR
 * carries (WEB-INF/worker of the exploded WAR).
 */
final class PluginArtifacts {

  /** A plugin built in plugins/{@code module}. */
  record Built(String module, String id, Path jar) {}

  static final List<String> REGIONAL =
      List.of("bukittinggi", "kupang", "batanghari", "solok", "bengkulu");

  private PluginArtifacts() {}

  private static Path target() {
    return Path.of(System.getProperty("latih.war", "target/latih.war"))
        .toAbsolutePath()
        .getParent();
  }

  static Path workerLib() {
    return existing(target().resolve("latih/WEB-INF/worker"));
  }

  /** The five regional plugins, then the template. */
  static List<Built> all() {
    return List.of(
        regional("bukittinggi"),
        regional("kupang"),
        regional("batanghari"),
        regional("solok"),
        regional("bengkulu"),
        template());
  }

  static Built regional(String name) {
    return built(name, "latih-plugin-" + name + "-1.0.0.jar");
  }

  static Built template() {
    return built("template", "latih-plugin-template-0.1.0.jar");
  }

  private static Built built(String module, String jar) {
    Path plugins = target().getParent().getParent().getParent().resolve("plugins");
    return new Built(
        module,
        "latih-" + module,
        existing(plugins.resolve(module).resolve("target").resolve(jar)));
  }

  private static Path existing(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalStateException(path + " is missing: build with mvn package first");
    }
    return path.normalize();
  }
}
