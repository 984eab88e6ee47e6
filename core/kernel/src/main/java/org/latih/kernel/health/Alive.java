package org.latih.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the application answers at all; restarts should not depend on the database. */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("latih");
  }
}
