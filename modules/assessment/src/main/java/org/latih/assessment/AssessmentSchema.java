package org.latih.assessment;

import org.latih.kernel.persistence.SchemaModule;

/** The assessment module's tables (db/migration/assessment); they reference courses and users. */
public class AssessmentSchema implements SchemaModule {

  @Override
  public String name() {
    return "assessment";
  }

  @Override
  public int order() {
    return 20;
  }
}
