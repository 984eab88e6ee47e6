package org.latih.app.shell;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shell's files, read from the WAR and the modules' jars (META-INF/resources) once each. The
 * version is a digest of every file under assets/, so it changes exactly when one of them does; the
 * page names its files under {@code v/<version>/} and preloads the scripts it imports at start,
 * which a slow connection would otherwise fetch one import level at a time.
 */
final class ShellAssets {

  private static final String ASSETS = "/assets/";
  private static final Pattern STATIC_IMPORT =
      Pattern.compile(
          "^\\s*(?:import|export)\\s+(?:[^'\";]*?\\s+from\\s+)?['\"]([^'\"]+)['\"]",
          Pattern.MULTILINE);

  private final ServletContext context;
  private final Map<String, Optional<ShellFile>> files = new ConcurrentHashMap<>();
  private final String version;
  private final ShellFile page;
  private final ShellFile worker;

  ShellAssets(ServletContext context) {
    this.context = context;
    Set<String> all = new TreeSet<>();
    collect(ASSETS, all);
    var digest = new ByteArrayOutputStream();
    for (String path : all) {
      digest.writeBytes(path.getBytes(StandardCharsets.UTF_8));
      digest.writeBytes(read(path));
    }
    version = ShellFile.digest(digest.toByteArray(), 12);
    List<String> start = startScripts("/assets/app.js").stream().map(this::versioned).toList();
    page = ShellFile.text(page(text("/index.html"), start), "html");
    // what a reload without a connection needs: the page, its style and its start-up scripts
    List<String> precache = new ArrayList<>(List.of("./", versioned("/assets/style.css")));
    precache.addAll(start);
    worker =
        ShellFile.text(
            text("/sw.js")
                .replace("__VERSION__", version)
                .replace(
                    "__PRECACHE__",
                    precache.stream().collect(Collectors.joining("\", \"", "[\"", "\"]"))),
            "js");
  }

  String version() {
    return version;
  }

  ShellFile page() {
    return page;
  }

  ShellFile worker() {
    return worker;
  }

  /** A file under assets/ by its path from the context root, when it is one of the shell's. */
  Optional<ShellFile> asset(String path) {
    if (!path.startsWith(ASSETS)
        || path.contains("..")
        || path.contains("//")
        || path.contains("\\")) {
      return Optional.empty();
    }
    String extension = path.substring(path.lastIndexOf('.') + 1);
    if (!ShellFile.TYPES.containsKey(extension)) {
      return Optional.empty();
    }
    return files.computeIfAbsent(
        path, p -> Optional.ofNullable(bytes(p)).map(raw -> ShellFile.of(raw, extension)));
  }

  /** A file's URL relative to the page, under the version: v/abc/assets/app.js. */
  private String versioned(String path) {
    return "v/" + version + path;
  }

  /** index.html with its files under the version, and the start-up scripts preloaded. */
  private String page(String html, List<String> start) {
    String preloads =
        start.stream()
            .map(url -> "  <link rel=\"modulepreload\" href=\"" + url + "\">\n")
            .collect(Collectors.joining());
    return html.replace("\"assets/", "\"" + versioned(ASSETS))
        .replace("</head>", preloads + "</head>");
  }

  /** Every script the entry imports statically, transitively (not those it imports on demand). */
  private Set<String> startScripts(String entry) {
    Set<String> seen = new LinkedHashSet<>();
    var todo = new ArrayDeque<String>();
    todo.add(entry);
    while (!todo.isEmpty()) {
      String path = todo.poll();
      if (!seen.add(path)) {
        continue;
      }
      Matcher m = STATIC_IMPORT.matcher(text(path));
      while (m.find()) {
        todo.add(resolve(path, m.group(1)));
      }
    }
    return seen;
  }

  private static String resolve(String from, String relative) {
    var parts = new ArrayDeque<String>();
    for (String part : from.substring(0, from.lastIndexOf('/')).split("/")) {
      parts.addLast(part);
    }
    for (String part : relative.split("/")) {
      if (part.equals("..")) {
        parts.removeLast();
      } else if (!part.equals(".")) {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private void collect(String dir, Set<String> into) {
    Set<String> paths = context.getResourcePaths(dir);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        collect(path, into);
      } else {
        into.add(path);
      }
    }
  }

  private String text(String path) {
    return new String(read(path), StandardCharsets.UTF_8);
  }

  private byte[] read(String path) {
    byte[] bytes = bytes(path);
    if (bytes == null) {
      throw new IllegalStateException("The web UI's " + path + " is missing from the WAR");
    }
    return bytes;
  }

  private byte[] bytes(String path) {
    try (InputStream in = context.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
