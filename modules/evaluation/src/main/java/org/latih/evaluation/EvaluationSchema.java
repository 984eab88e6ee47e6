package org.latih.evaluation;

import org.latih.kernel.persistence.SchemaModule;

/** The evaluation module's tables (db/migration/evaluation). */
public class EvaluationSchema implements SchemaModule {

  @Override
  public String name() {
    return "evaluation";
  }

  @Override
  public int order() {
    return 30;
  }
}
