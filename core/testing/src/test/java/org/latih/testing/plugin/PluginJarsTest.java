package org.latih.testing.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class PluginJarsTest {

  @Test
  void aFormsPluginHasItsManifestCompiledClassAndExtensionIndex() throws IOException {
    byte[] bytes = PluginJars.forms("uji", "1.2.0", PluginJars.oneForm("Kepuasan")).bytes();
    try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(bytes))) {
      Manifest manifest = jar.getManifest();
      assertEquals("uji", manifest.getMainAttributes().getValue("Plugin-Id"));
      assertEquals("1.2.0", manifest.getMainAttributes().getValue("Plugin-Version"));
      assertEquals("0.1", manifest.getMainAttributes().getValue("Plugin-Requires"));
      List<String> names = new ArrayList<>();
      for (JarEntry e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
        names.add(e.getName());
      }
      assertEquals(List.of("org/uji/plugin/Forms.class", "META-INF/extensions.idx"), names);
    }
  }

  @Test
  void aNullValueRemovesTheAttribute() throws IOException {
    byte[] bytes = PluginJars.of("uji", "1.0.0").with("Plugin-Requires", null).bytes();
    try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(bytes))) {
      assertNull(jar.getManifest().getMainAttributes().getValue("Plugin-Requires"));
    }
  }

  @Test
  void aBodyThatDoesNotCompileFailsTheTest() {
    assertThrows(AssertionError.class, () -> PluginJars.forms("uji", "1.0.0", "return 1;"));
  }
}
