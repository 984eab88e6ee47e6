package org.latih.kernel.plugin.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.testing.plugin.PluginJars;

class PluginFileTest {

  private static final long LIMIT = 1 << 20;

  /** A plugin jar that passes every check: manifest, extension index, one class. */
  private static PluginJars valid() {
    return PluginJars.of("evaluasi-kupang", "1.0.0")
        .entry("META-INF/extensions.idx", "org.kupang.Forms\n".getBytes(StandardCharsets.UTF_8))
        .entry("org/kupang/Forms.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
  }

  private static String refusal(PluginJars jar) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> PluginFile.of(jar.bytes(), LIMIT));
    assertEquals("file", e.field());
    return e.messageKey();
  }

  @Test
  void aValidJarIsReadWithItsIdVersionAndAFileNamePerBuild() {
    byte[] bytes = valid().bytes();
    PluginFile file = PluginFile.of(bytes, LIMIT);
    assertEquals("evaluasi-kupang", file.id());
    assertEquals("1.0.0", file.version());
    assertEquals("0.1", file.requires().toString());
    assertEquals(64, file.checksum().length());
    assertTrue(file.fileName().matches("evaluasi-kupang-1\\.0\\.0-[0-9a-f]{12}\\.jar"));
    assertArrayEquals(bytes, file.bytes());
    PluginFile other =
        PluginFile.of(valid().entry("extra.txt", new byte[] {1, 2, 3}).bytes(), LIMIT);
    assertTrue(!file.fileName().equals(other.fileName()), "another build, another file name");
  }

  @Test
  void aJarWhoseCentralDirectoryNamesOtherEntriesIsRefused() {
    byte[] bytes = valid().bytes();
    // rename the class in the central directory only (its last occurrence), as a crafted jar would
    byte[] name = "org/kupang/Forms.class".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int last = -1;
    for (int i = 0; i + name.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + name.length, name, 0, name.length)) {
        last = i;
      }
    }
    byte[] hidden = "org/pf4j/Hidden.class".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] crafted = bytes.clone();
    System.arraycopy(hidden, 0, crafted, last, hidden.length);
    crafted[last + hidden.length] = 's'; // same length as the original name
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> PluginFile.of(crafted, LIMIT));
    assertEquals("plugin.inconsistent", e.messageKey());
  }

  @Test
  void anOversizedFileIsRefusedBeforeReadingIt() {
    byte[] bytes = valid().bytes();
    assertThrows(PayloadTooLargeException.class, () -> PluginFile.of(bytes, bytes.length - 1));
  }

  @Test
  void somethingThatIsNotAJarIsRefused() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> PluginFile.of("just text, not a zip".getBytes(), LIMIT));
    assertEquals("plugin.notJar", e.messageKey());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../evil.class",
        "org/../../evil.txt",
        "/etc/passwd",
        "org\\evil.class",
        "C:/windows/evil.dll",
        "a/b/.."
      })
  void entriesThatEscapeTheFolderAreRefused(String name) {
    assertEquals("plugin.entryEscapes", refusal(valid().entry(name, new byte[] {1, 2, 3})));
  }

  @ParameterizedTest
  @ValueSource(strings = {"org/latih/api/ApiVersion.class", "org/pf4j/Extension.class"})
  void aJarBundlingTheApiOrPf4jIsRefused(String name) {
    assertEquals("plugin.bundlesApi", refusal(valid().entry(name, new byte[] {1, 2, 3})));
  }

  @Test
  void theManifestMustNameIdVersionAndRequiredApi() {
    assertEquals("plugin.manifestMissing", refusal(valid().with("Plugin-Id", null)));
    assertEquals("plugin.manifestMissing", refusal(valid().with("Plugin-Version", null)));
    assertEquals("plugin.manifestMissing", refusal(valid().with("Plugin-Requires", null)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "Kupang",
        "evaluasi_kupang",
        "-kupang",
        "kupang-",
        "a--b",
        "abcdefghij-abcdefghij-abcdefghij-abcdefghij"
      })
  void idsMustBeKebabCaseOfThreeToFortyCharacters(String id) {
    assertEquals("plugin.badId", refusal(valid().with("Plugin-Id", id)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "builder"})
  void idsTheFormsPagesUseThemselvesAreRefused(String id) {
    assertEquals("plugin.reservedId", refusal(valid().with("Plugin-Id", id)));
  }

  @Test
  void idsOfThreeAndFortyCharactersAreFine() {
    assertEquals("abc", PluginFile.of(valid().with("Plugin-Id", "abc").bytes(), LIMIT).id());
    String forty = "a" + "-b".repeat(19) + "c";
    assertEquals(40, forty.length());
    assertEquals(forty, PluginFile.of(valid().with("Plugin-Id", forty).bytes(), LIMIT).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.0.0-SNAPSHOT", "v1.0.0", "01.0.0", "1.0.0.0"})
  void versionsMustBeSemver(String version) {
    assertEquals("plugin.badVersion", refusal(valid().with("Plugin-Version", version)));
  }

  @Test
  void aPluginForANewerOrOtherApiIsRefused() {
    assertEquals("plugin.requiresOther", refusal(valid().with("Plugin-Requires", "0.2")));
    assertEquals("plugin.requiresOther", refusal(valid().with("Plugin-Requires", "1.0")));
    assertEquals("plugin.badRequires", refusal(valid().with("Plugin-Requires", ">=0.1")));
    assertEquals(
        "0.0",
        PluginFile.of(valid().with("Plugin-Requires", "0.0").bytes(), LIMIT).requires().toString());
  }

  @Test
  void aPluginClassMustBeInTheJar() {
    assertEquals(
        "plugin.noPluginClass", refusal(valid().with("Plugin-Class", "org.kupang.Missing")));
    PluginFile.of(valid().with("Plugin-Class", "org.kupang.Forms").bytes(), LIMIT);
  }

  @Test
  void aJarWithoutManifestIsRefused() {
    PluginJars jar = valid();
    jar.manifest.clear();
    assertEquals("plugin.manifestMissing", refusal(jar));
  }
}
