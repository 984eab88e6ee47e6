package org.latih.search.i18n;

import org.latih.kernel.i18n.MessageBundle;

/** Registers the search module's texts (problem details and the search page). */
public class SearchMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.latih.search.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.search.i18n.ui";
  }
}
