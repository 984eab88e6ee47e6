package org.latih.report;

import org.latih.kernel.persistence.SchemaModule;

/** The report module's tables (db/migration/report). */
public class ReportSchema implements SchemaModule {

  @Override
  public String name() {
    return "report";
  }

  @Override
  public int order() {
    return 40;
  }
}
