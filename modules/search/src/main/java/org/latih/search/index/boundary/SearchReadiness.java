package org.latih.search.index.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.latih.search.index.control.CourseIndex;
import org.latih.search.index.control.Reindex;

/**
 * Not ready while this node builds a missing or damaged index from the database (a new
 * installation, a node joining a cluster): until then its searches would find nothing, so a load
 * balancer should send them elsewhere. A rebuild that failed does not hold the node back; search
 * then stays empty until an admin's rebuild, and everything else works.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject CourseIndex index;
  @Inject Reindex reindex;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("search");
    Reindex.Progress progress = reindex.progress();
    if (index.lucene().needsRebuild() && "RUNNING".equals(progress.state())) {
      return response
          .down()
          .withData("reason", "index being built")
          .withData("done", progress.done())
          .withData("total", progress.total())
          .build();
    }
    return response.up().build();
  }
}
