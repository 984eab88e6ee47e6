package org.latih.kernel.plugin.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.latih.api.ApiVersion;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.PayloadTooLargeException;

/**
 * An uploaded plugin jar that passed every check that can be made without running it: size, a
 * readable jar, entry paths that stay inside it, the manifest's id, version and required API
 * version, and no bundled copy of the platform's API or PF4J (which would load but silently offer
 * no extensions).
 */
public final class PluginFile {

  static final String FIELD = "file";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * Ids the platform uses itself: "local" forms are built in the browser, "builder" is their page.
   */
  private static final Set<String> RESERVED = Set.of("local", "builder");

  private static final Pattern SEMVER =
      Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");
  private static final Pattern CLASS_NAME =
      Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*");
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] bytes;
  private final String id;
  private final String version;
  private final ApiVersion requires;
  private final String checksum;

  private PluginFile(byte[] bytes, String id, String version, ApiVersion requires) {
    this.bytes = bytes;
    this.id = id;
    this.version = version;
    this.requires = requires;
    this.checksum = sha256(bytes);
  }

  /** Checks {@code bytes}; every refusal is an {@link InvalidInputException} on field "file". */
  public static PluginFile of(byte[] bytes, long maxBytes) {
    if (bytes.length > maxBytes) {
      throw new PayloadTooLargeException(maxBytes);
    }
    Manifest manifest = null;
    Set<String> entries = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String name = entry.getName();
        checkPath(name);
        if (!entries.add(name)) {
          throw invalid("plugin.duplicateEntry", name);
        }
        if (entries.size() > MAX_ENTRIES) {
          throw invalid("plugin.tooManyEntries", MAX_ENTRIES);
        }
        if (name.endsWith(".class")
            && (name.startsWith("org/latih/api/") || name.startsWith("org/pf4j/"))) {
          throw invalid("plugin.bundlesApi", name);
        }
        if (JarFile.MANIFEST_NAME.equalsIgnoreCase(name)) {
          manifest = new Manifest(zip);
        } else {
          zip.transferTo(java.io.OutputStream.nullOutputStream()); // reads it: finds corruption
        }
      }
    } catch (ZipException e) {
      throw invalid("plugin.notJar", e.getMessage());
    } catch (IOException e) {
      throw invalid("plugin.notJar", e.getMessage());
    }
    if (entries.isEmpty()) {
      throw invalid("plugin.notJar", "no entries");
    }
    if (manifest == null) {
      throw invalid("plugin.noManifest");
    }
    checkCentralDirectory(bytes, entries);
    return fromManifest(bytes, manifest.getMainAttributes(), entries);
  }

  /**
   * The checks above read the entries front to back, but class loaders read the central directory
   * at the end of the file; a crafted jar whose two lists differ could hide an entry from the
   * checks, so they must list the same names.
   */
  private static void checkCentralDirectory(byte[] bytes, Set<String> entries) {
    java.nio.file.Path temp = null;
    try {
      temp = java.nio.file.Files.createTempFile("latih-plugin-", ".jar");
      java.nio.file.Files.write(temp, bytes);
      Set<String> central = new HashSet<>();
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(temp.toFile())) {
        zip.stream().forEach(e -> central.add(e.getName()));
      }
      if (!central.equals(entries)) {
        throw invalid("plugin.inconsistent");
      }
    } catch (IOException e) {
      throw invalid("plugin.notJar", e.getMessage());
    } finally {
      if (temp != null) {
        try {
          java.nio.file.Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a leftover temporary file is harmless
        }
      }
    }
  }

  private static PluginFile fromManifest(byte[] bytes, Attributes main, Set<String> entries) {
    String id = value(main, "Plugin-Id");
    if (!ID.matcher(id).matches() || id.length() < 3 || id.length() > 40) {
      throw invalid("plugin.badId", id);
    }
    if (RESERVED.contains(id)) {
      throw invalid("plugin.reservedId", id);
    }
    String version = value(main, "Plugin-Version");
    if (!SEMVER.matcher(version).matches()) {
      throw invalid("plugin.badVersion", version);
    }
    String requiresText = value(main, "Plugin-Requires");
    ApiVersion requires;
    try {
      requires = ApiVersion.parse(requiresText);
    } catch (IllegalArgumentException e) {
      throw invalid("plugin.badRequires", requiresText, ApiVersion.CURRENT.toString());
    }
    if (!ApiVersion.CURRENT.satisfies(requires)) {
      throw invalid("plugin.requiresOther", id, requires.toString(), ApiVersion.CURRENT.toString());
    }
    String pluginClass = main.getValue("Plugin-Class");
    if (pluginClass != null && !pluginClass.isBlank()) {
      pluginClass = pluginClass.strip();
      if (!CLASS_NAME.matcher(pluginClass).matches()
          || !entries.contains(pluginClass.replace('.', '/') + ".class")) {
        throw invalid("plugin.noPluginClass", pluginClass);
      }
    }
    return new PluginFile(bytes, id, version, requires);
  }

  private static String value(Attributes main, String name) {
    String value = main.getValue(name);
    if (value == null || value.isBlank()) {
      throw invalid("plugin.manifestMissing", name);
    }
    return value.strip();
  }

  /** Refuses a name that could land outside the plugin folder when unpacked. */
  private static void checkPath(String name) {
    boolean escapes =
        name.isEmpty()
            || name.startsWith("/")
            || name.contains("\\")
            || name.indexOf(':') >= 0
            || name.indexOf('\0') >= 0
            || ("/" + name + "/").contains("/../");
    if (escapes) {
      throw invalid("plugin.entryEscapes", name);
    }
  }

  private static InvalidInputException invalid(String key, Object... args) {
    return new InvalidInputException(FIELD, key, args);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public ApiVersion requires() {
    return requires;
  }

  /** SHA-256 of the file, hex. */
  public String checksum() {
    return checksum;
  }

  /** Where this version is stored: never the name of another version or another build of it. */
  public String fileName() {
    return id + "-" + version + "-" + checksum.substring(0, 12) + ".jar";
  }
}
