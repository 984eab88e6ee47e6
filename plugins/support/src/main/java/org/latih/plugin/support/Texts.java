package org.latih.plugin.support;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.latih.api.reports.ReportRequest;

/**
 * A plugin's report texts in the reader's language, from a resource bundle in the plugin's own jar:
 * {@code texts.properties} (Bahasa Indonesia, the default) and {@code texts_en.properties}
 * (English) in the package of the class that asks, found through that class's loader, which in the
 * worker is the plugin's own. A key missing in English is taken from the Indonesian file.
 *
 * <p>Texts are {@link MessageFormat} patterns ({@code {0} dari {1} peserta}), so a single quote is
 * written twice ({@code ''}). Arguments are written for the reader: whole numbers as plain digits
 * (a year stays {@code 2025}), decimals with one decimal in the reader's style ({@code 87,5} in
 * Indonesian, {@code 87.5} in English), and null as a dash.
 */
public final class Texts {

  public static final String INDONESIAN = "id";
  public static final String ENGLISH = "en";

  private static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final String NO_UNIT_EN = "(no unit kerja given)";

  // Without it, a JVM whose default locale is English would answer an Indonesian reader in English.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final boolean english;

  private Texts(ResourceBundle bundle, boolean english) {
    this.bundle = bundle;
    this.english = english;
  }

  /** The texts of {@code owner}'s package in the language {@code request} asks for. */
  public static Texts of(Class<?> owner, ReportRequest request) {
    return of(owner, request == null ? null : request.language());
  }

  /** The texts of {@code owner}'s package ({@code <package>/texts*.properties}) in a language. */
  public static Texts of(Class<?> owner, String language) {
    return of(owner, owner.getPackageName() + ".texts", language);
  }

  /**
   * The bundle {@code baseName} in {@code language}: {@code "en"} (or {@code "en-GB"}) for English,
   * anything else, null included, for Indonesian.
   *
   * @throws MissingResourceException when the plugin has no Indonesian file for {@code baseName}
   */
  public static Texts of(Class<?> owner, String baseName, String language) {
    boolean english = isEnglish(language);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            baseName, english ? Locale.ENGLISH : Locale.ROOT, owner.getClassLoader(), NO_FALLBACK);
    return new Texts(bundle, english);
  }

  private static boolean isEnglish(String language) {
    if (language == null || language.isBlank()) {
      return false;
    }
    return ENGLISH.equals(Locale.forLanguageTag(language.strip()).getLanguage());
  }

  /** {@code "en"} or {@code "id"}. */
  public String language() {
    return english ? ENGLISH : INDONESIAN;
  }

  /** The text {@code key} with {@code args} filled in; the key itself when no file has it. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    Object[] written = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      written[i] = written(args[i]);
    }
    return new MessageFormat(pattern, english ? Locale.ENGLISH : ID).format(written);
  }

  /** One decimal in the reader's style ({@code 87,5} or {@code 87.5}); a dash for no value. */
  public String decimal(Double value) {
    return value == null || value.isNaN()
        ? "–"
        : String.format(english ? Locale.ENGLISH : ID, "%.1f", value);
  }

  /** The unit's name, or a placeholder in the reader's language for rows without one. */
  public String unit(String unitKerja) {
    if (unitKerja == null || unitKerja.isBlank()) {
      return english ? NO_UNIT_EN : Outcomes.NO_UNIT;
    }
    return unitKerja.trim();
  }

  private Object written(Object arg) {
    if (arg == null) {
      return "–";
    }
    if (arg instanceof Double || arg instanceof Float || arg instanceof BigDecimal) {
      return decimal(((Number) arg).doubleValue());
    }
    if (arg instanceof Number) {
      return arg.toString();
    }
    return arg;
  }
}
