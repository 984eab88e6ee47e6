package org.latih.course;

import org.latih.kernel.persistence.SchemaModule;

/**
 * The course module's tables (db/migration/course); they reference the kernel's users and regions.
 */
public class CourseSchema implements SchemaModule {

  @Override
  public String name() {
    return "course";
  }

  @Override
  public int order() {
    return 10;
  }
}
