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
  void aReportsPluginWithAPluginClassListsBothExtensionsAndNamesItsPluginClass()
      throws IOException {
    byte[] bytes =
        PluginJars.forms("uji", "1.0.0", PluginJars.oneForm("Kepuasan"))
            .withReports("return new Report(\"R\", List.of(), List.of(), List.of(), List.of());")
            .onStart("System.err.println(\"mulai\");")
            .bytes();
    try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(bytes))) {
      assertEquals(
          "org.uji.plugin.UjiPlugin",
          jar.getManifest().getMainAttributes().getValue("Plugin-Class"));
      List<String> names = new ArrayList<>();
      String index = null;
      for (JarEntry e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
        names.add(e.getName());
        if (e.getName().equals("META-INF/extensions.idx")) {
          index = new String(jar.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      assertEquals(
          List.of(
              "org/uji/plugin/Forms.class",
              "META-INF/extensions.idx",
              "org/uji/plugin/Laporan.class",
              "org/uji/plugin/UjiPlugin.class"),
          names);
      assertEquals("org.uji.plugin.Forms\norg.uji.plugin.Laporan\n", index);
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
