package org.latih.kernel.persistence;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code latih.diagnostics.statement-count=true} (test servers, or an operator measuring),
 * every API answer carries {@value #HEADER}: the SQL statements its request executed. Statement
 * budget tests read it. Off by default: the figure tells an outsider something about the data.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100) // before sign-in checks: their statements count too
public class StatementCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "X-Latih-Statements";

  private final boolean enabled =
      ConfigProvider.getConfig()
          .getOptionalValue("latih.diagnostics.statement-count", Boolean.class)
          .orElse(false);

  @Override
  public void filter(ContainerRequestContext request) {
    StatementCounter.reset();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (enabled) {
      response.getHeaders().putSingle(HEADER, StatementCounter.count());
    }
  }
}
