package org.latih.kernel.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.security.boundary.PublicEndpoint;

/**
 * An API endpoint that does nothing: it goes through the same HTTP, JAX-RS and security filters as
 * every other call, so benchmarks measure an endpoint's own cost against it, and load balancers can
 * use it without touching the database.
 */
@Tag(name = "Ping", description = "A no-op endpoint for load balancers and benchmarks.")
@Path("ping")
public class PingResource {

  public record Pong(boolean ok) {}

  @Operation(
      summary = "Do nothing",
      description =
          "Public and touches no database: for load balancers and as the benchmarks' baseline.")
  @GET
  @PublicEndpoint
  @Produces(MediaType.APPLICATION_JSON)
  public Pong ping() {
    return new Pong(true);
  }
}
