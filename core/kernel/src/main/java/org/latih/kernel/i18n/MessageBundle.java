package org.latih.kernel.i18n;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A module's own message bundle, found through {@link java.util.ServiceLoader} (list the
 * implementation in {@code META-INF/services/org.latih.kernel.i18n.MessageBundle}). Its keys are
 * looked up after the kernel's, so a module's problem details speak the caller's language too.
 */
public interface MessageBundle {

  /** The base name, such as {@code org.latih.course.i18n.messages}; the base file is Indonesian. */
  String baseName();

  /**
   * The base name of the module's web UI texts, merged into the texts the UI loads, or null when
   * the module has no pages.
   */
  default String uiBaseName() {
    return null;
  }

  /** Every module's bundle, in class-path order. */
  static List<MessageBundle> all() {
    return ServiceLoader.load(MessageBundle.class, MessageBundle.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
  }
}
