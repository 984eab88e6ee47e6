package org.latih.course.cohort.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.latih.course.cohort.control.Cohorts;

/** Finding a cohort by id, for other modules, with the course module's "not found" problem. */
@ApplicationScoped
public class CohortLookup {

  @Inject Cohorts cohorts;

  public Cohort find(long id) {
    return cohorts.find(id);
  }
}
