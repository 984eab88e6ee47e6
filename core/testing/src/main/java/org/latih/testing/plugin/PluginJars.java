package org.latih.testing.plugin;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.latih.api.forms.EvaluationForms;
import org.pf4j.Extension;

/**
 * Builds plugin jars in memory: a manifest and entries, written in the order given. {@link #of}
 * starts from the three manifest attributes every plugin needs, for jars crafted by hand (the
 * host's validation tests); {@link #forms} adds a real {@link EvaluationForms} extension compiled
 * at test time against the latih-api and pf4j jars of the test class path, with its
 * META-INF/extensions.idx, as a plugin's own build would.
 *
 * <p>{@link #manifest} and {@link #entries} are open so a test can break a jar on purpose.
 */
public final class PluginJars {

  /** The extension class that {@link #forms} compiles. */
  public static final String CLASS = "org.uji.plugin.Forms";

  public final Map<String, String> manifest = new LinkedHashMap<>();
  public final Map<String, byte[]> entries = new LinkedHashMap<>();

  private PluginJars() {}

  /** A jar with Plugin-Id, Plugin-Version and Plugin-Requires (the current api, 0.1) only. */
  public static PluginJars of(String id, String version) {
    PluginJars jar = new PluginJars();
    jar.manifest.put("Plugin-Id", id);
    jar.manifest.put("Plugin-Version", version);
    jar.manifest.put("Plugin-Requires", "0.1");
    return jar;
  }

  /** A plugin whose forms() runs {@code body} (Java statements that return a list). */
  public static PluginJars forms(String id, String version, String body) {
    PluginJars jar = of(id, version);
    jar.entries.putAll(compile(body));
    jar.entries.put("META-INF/extensions.idx", (CLASS + "\n").getBytes(StandardCharsets.UTF_8));
    return jar;
  }

  /**
   * A plugin id no other test uses, such as {@code evaluasi-qhzkwa}: the suite's server (and, on
   * PostgreSQL, its database) is shared, so every test installs under ids of its own.
   */
  public static String newId(String prefix) {
    StringBuilder id = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 6; i++) {
      id.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
    }
    return id.toString();
  }

  /** A forms() body that answers one participant form whose title is {@code title}. */
  public static String oneForm(String title) {
    return "return List.of(new FormDefinition(\"kepuasan-peserta\", 1, \""
        + title
        + "\", \"Evaluasi reaksi\", Audience.PARTICIPANT, Timing.courseEnd(), true,"
        + " List.of(new Section(\"Materi\", List.of(Item.likert(\"materi-jelas\","
        + " \"Materi disampaikan dengan jelas\", \"materi\", List.of(\"STS\", \"TS\", \"S\","
        + " \"SS\")), Item.text(\"saran\", \"Saran\"))))));";
  }

  /** Sets a manifest attribute, or removes it when {@code value} is null. */
  public PluginJars with(String attribute, String value) {
    if (value == null) {
      manifest.remove(attribute);
    } else {
      manifest.put(attribute, value);
    }
    return this;
  }

  public PluginJars entry(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  public byte[] bytes() {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((k, v) -> mf.getMainAttributes().put(new Attributes.Name(k), v));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(out, mf)) {
      for (var e : entries.entrySet()) {
        jar.putNextEntry(new ZipEntry(e.getKey()));
        jar.write(e.getValue());
        jar.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Map<String, byte[]> compile(String body) {
    String source =
        "package org.uji.plugin;\n"
            + "import java.util.List;\n"
            + "import org.latih.api.forms.*;\n"
            + "@org.pf4j.Extension\n"
            + "public class Forms implements EvaluationForms {\n"
            + "  @Override public List<FormDefinition> forms() {\n"
            + "    try {\n"
            + body
            + "\n    } catch (RuntimeException e) { throw e;\n"
            + "    } catch (Exception e) { throw new IllegalStateException(e); }\n"
            + "  }\n"
            + "}\n";
    try {
      Path dir = Files.createTempDirectory("plugin-src");
      Path file = dir.resolve("Forms.java");
      Files.writeString(file, source);
      Path classes = Files.createDirectories(dir.resolve("classes"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      String classPath =
          location(EvaluationForms.class) + File.pathSeparator + location(Extension.class);
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      int rc =
          javac.run(
              null,
              null,
              errors,
              "-proc:none",
              "--release",
              "17",
              "-cp",
              classPath,
              "-d",
              classes.toString(),
              file.toString());
      if (rc != 0) {
        throw new AssertionError("plugin did not compile: " + errors);
      }
      Map<String, byte[]> out = new LinkedHashMap<>();
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          out.put(
              classes.relativize(f).toString().replace(File.separatorChar, '/'),
              Files.readAllBytes(f));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
