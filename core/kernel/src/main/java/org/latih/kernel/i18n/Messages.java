package org.latih.kernel.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/** Looks up texts in the kernel bundle in Indonesian or English. */
public final class Messages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final String BUNDLE = "org.latih.kernel.i18n.messages";

  /** The kernel's bundle first, then every module's, in class-path order. */
  private static final List<String> BUNDLES =
      Stream.concat(Stream.of(BUNDLE), MessageBundle.all().stream().map(MessageBundle::baseName))
          .toList();

  // Without this control, a server whose default locale is English would answer English to an
  // Indonesian request, because the default locale is tried before the (Indonesian) base bundle.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * The language {@code lang} names when given, else the first supported one the caller accepts: a
   * download link cannot send the page's language as a header, so it names it ({@code ?lang=}).
   */
  public static Locale pick(String lang, List<Locale> acceptable) {
    return lang == null || lang.isBlank()
        ? pick(acceptable)
        : pick(List.of(Locale.forLanguageTag(lang.strip())));
  }

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
    Locale wanted = ENGLISH.equals(locale) ? ENGLISH : Locale.ROOT;
    for (String name : BUNDLES) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(name, wanted, Messages.class.getClassLoader(), NO_FALLBACK);
      if (bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
          return pattern;
        }
        try {
          return new MessageFormat(pattern, locale).format(args);
        } catch (IllegalArgumentException e) {
          // an argument of the wrong kind must not turn a helpful 4xx into a 500
          return pattern + " " + java.util.Arrays.toString(args);
        }
      }
    }
    return key;
  }
}
