package org.latih.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.latih.kernel.persistence.Migrations;

/** Ready once the schema is migrated and the database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Migrations migrations;
  @PersistenceContext EntityManager em;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try {
      if (!migrations.done()) {
        return response.down().withData("reason", "migrations pending").build();
      }
      long regions = em.createQuery("SELECT COUNT(r) FROM Region r", Long.class).getSingleResult();
      return response.up().withData("regions", regions).build();
    } catch (RuntimeException e) {
      return response.down().withData("reason", e.getClass().getSimpleName()).build();
    }
  }
}
