package org.latih.kernel.plugin.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Builds plugin jars in memory for the tests. */
final class Jars {

  final Map<String, String> manifest = new LinkedHashMap<>();
  final Map<String, byte[]> entries = new LinkedHashMap<>();

  static Jars valid() {
    Jars jar = new Jars();
    jar.manifest.put("Plugin-Id", "evaluasi-kupang");
    jar.manifest.put("Plugin-Version", "1.0.0");
    jar.manifest.put("Plugin-Requires", "0.1");
    jar.entries.put("META-INF/extensions.idx", "org.kupang.Forms\n".getBytes());
    jar.entries.put("org/kupang/Forms.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
    return jar;
  }

  Jars with(String attribute, String value) {
    if (value == null) {
      manifest.remove(attribute);
    } else {
      manifest.put(attribute, value);
    }
    return this;
  }

  Jars entry(String name) {
    entries.put(name, new byte[] {1, 2, 3});
    return this;
  }

  byte[] bytes() {
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
}
