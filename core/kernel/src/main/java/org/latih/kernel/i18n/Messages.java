package org.latih.kernel.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up texts in the kernel bundle in Indonesian or English. */
public final class Messages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final String BUNDLE = "org.latih.kernel.i18n.messages";

  // Without this control, a server whose default locale is English would answer English to an
  // Indonesian request, because the default locale is tried before the (Indonesian) base bundle.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The first supported language the caller accepts, else Indonesian. */
  public static Locale pick(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      String language = locale.getLanguage();
      if ("en".equals(language)) {
        return ENGLISH;
      }
      if ("id".equals(language) || "in".equals(language)) {
        return INDONESIAN;
      }
    }
    return INDONESIAN;
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, ENGLISH.equals(locale) ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
