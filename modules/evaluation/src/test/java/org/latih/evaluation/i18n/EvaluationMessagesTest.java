package org.latih.evaluation.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every evaluation message and UI text exists in Bahasa Indonesia and in English, and every one
 * formats.
 */
class EvaluationMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = EvaluationMessagesTest.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "ui"})
  void bothLanguagesHaveTheSameKeysAndEveryTextFormats(String bundle) throws IOException {
    Properties indonesian = load(bundle + ".properties");
    Properties english = load(bundle + "_en.properties");
    assertEquals(
        new TreeSet<>(indonesian.stringPropertyNames()),
        new TreeSet<>(english.stringPropertyNames()));
    for (Properties texts : new Properties[] {indonesian, english}) {
      texts.forEach((key, text) -> new MessageFormat((String) text).format(new Object[] {1, "x"}));
    }
  }
}
