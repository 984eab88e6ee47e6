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
 * META-INF/extensions.idx, as a plugin's own build would. {@link #reports} adds a {@code Reports}
 * extension the same way, and {@link #onStart} a PF4J {@code Plugin} class (the Plugin-Class
 * attribute) whose start() runs given code: the worker's attacker plugins are written with these.
 *
 * <p>{@link #manifest} and {@link #entries} are open so a test can break a jar on purpose.
 */
public final class PluginJars {

  /** The extension class that {@link #forms} compiles. */
  public static final String CLASS = "org.uji.plugin.Forms";

  /** The one report {@link #reports} offers. */
  public static final String REPORT = "ringkasan";

  private static final String INDEX = "META-INF/extensions.idx";

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
    jar.entries.putAll(compile("Forms", source("Forms", "EvaluationForms", FORMS, body)));
    return jar.extension(CLASS);
  }

  /**
   * A plugin with a Reports extension offering report {@link #REPORT}, whose build(reportId,
   * request, outcomes) runs {@code body} (Java statements that return a Report).
   */
  public static PluginJars reports(String id, String version, String body) {
    return of(id, version).withReports(body);
  }

  /** Adds the Reports extension of {@link #reports} to this jar. */
  public PluginJars withReports(String body) {
    entries.putAll(compile("Laporan", source("Laporan", "Reports", REPORTS, body)));
    return extension("org.uji.plugin.Laporan");
  }

  /** Adds a PF4J Plugin class whose start() runs {@code body}, named by Plugin-Class. */
  public PluginJars onStart(String body) {
    String source =
        "package org.uji.plugin;\n"
            + "public class UjiPlugin extends org.pf4j.Plugin {\n"
            + "  @Override public void start() {\n"
            + guarded(body)
            + "  }\n"
            + "}\n";
    entries.putAll(compile("UjiPlugin", source));
    return with("Plugin-Class", "org.uji.plugin.UjiPlugin");
  }

  private PluginJars extension(String className) {
    byte[] listed = entries.getOrDefault(INDEX, new byte[0]);
    String index = new String(listed, StandardCharsets.UTF_8) + className + "\n";
    entries.put(INDEX, index.getBytes(StandardCharsets.UTF_8));
    return this;
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

  private static final String FORMS =
      "import org.latih.api.forms.*;\n" + "  @Override public List<FormDefinition> forms() {\n";

  private static final String REPORTS =
      "import org.latih.api.reports.*;\n"
          + "  @Override public List<ReportDefinition> reports() {\n"
          + "    return List.of(new ReportDefinition(\""
          + REPORT
          + "\", \"Ringkasan\", \"Uji\"));\n"
          + "  }\n"
          + "  @Override public Report build(String reportId, ReportRequest request,"
          + " OutcomeView outcomes) {\n";

  /** An extension class: {@code head} is its import line, then the members up to the body. */
  private static String source(String name, String point, String head, String body) {
    int split = head.indexOf('\n') + 1;
    return "package org.uji.plugin;\n"
        + "import java.util.*;\n"
        + head.substring(0, split)
        + "@org.pf4j.Extension\n"
        + "public class "
        + name
        + " implements "
        + point
        + " {\n"
        + head.substring(split)
        + guarded(body)
        + "  }\n"
        + "}\n";
  }

  /** The body in a try that lets it throw checked exceptions. */
  private static String guarded(String body) {
    return "    try {\n"
        + body
        + "\n    } catch (RuntimeException e) { throw e;\n"
        + "    } catch (Exception e) { throw new IllegalStateException(e); }\n";
  }

  private static Map<String, byte[]> compile(String name, String source) {
    try {
      Path dir = Files.createTempDirectory("plugin-src");
      Path file = dir.resolve(name + ".java");
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
