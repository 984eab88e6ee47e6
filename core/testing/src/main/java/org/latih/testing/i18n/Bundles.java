package org.latih.testing.i18n;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The check every message bundle of Latih passes: the Indonesian bundle ({@code name.properties})
 * and the English one ({@code name_en.properties}) have the same keys, and every text is a
 * non-blank {@link MessageFormat} that formats with arguments of the types it declares.
 */
public final class Bundles {

  private Bundles() {}

  /**
   * Checks the bundle {@code name} that lies beside {@code anchor} (in its package's resources).
   */
  public static void assertComplete(Class<?> anchor, String name) {
    Properties indonesian = load(anchor, name + ".properties");
    Properties english = load(anchor, name + "_en.properties");
    assertFalse(indonesian.isEmpty(), name + " has no texts");
    assertEquals(List.of(), missing(indonesian, english), name + ": keys missing in English");
    assertEquals(List.of(), missing(english, indonesian), name + ": keys missing in Indonesian");
    for (Properties texts : List.of(indonesian, english)) {
      texts.forEach((key, text) -> assertFormats(name + " " + key, (String) text));
    }
  }

  private static List<String> missing(Properties from, Properties in) {
    TreeSet<String> keys = new TreeSet<>(from.stringPropertyNames());
    keys.removeAll(in.stringPropertyNames());
    return List.copyOf(keys);
  }

  private static void assertFormats(String where, String text) {
    assertFalse(text.isBlank(), where + " is blank");
    MessageFormat format =
        assertDoesNotThrow(() -> new MessageFormat(text), where + " is no MessageFormat");
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] arguments = new Object[formats.length];
    for (int i = 0; i < formats.length; i++) {
      arguments[i] = sample(formats[i]);
    }
    assertDoesNotThrow(() -> format.format(arguments), where + " does not format");
  }

  /** An argument of the type the placeholder asks for: {0,number}, {0,date} or plain {0}. */
  private static Object sample(Format format) {
    if (format instanceof NumberFormat) {
      return 1;
    }
    if (format instanceof DateFormat) {
      return new Date(0);
    }
    return "x";
  }

  private static Properties load(Class<?> anchor, String file) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(file)) {
      assertNotNull(in, file + " beside " + anchor.getName());
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
