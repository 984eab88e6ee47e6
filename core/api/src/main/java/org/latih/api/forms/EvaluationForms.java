package org.latih.api.forms;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Contributes a region's evaluation forms. The platform calls {@link #forms()} when it needs the
 * definitions, with a time limit; keep it fast and free of I/O (build the list once and return it).
 *
 * @since 0.1
 */
public interface EvaluationForms extends ExtensionPoint {

  /** The forms this plugin defines; ids unique within the plugin. Never null. */
  List<FormDefinition> forms();
}
