package org.latih.kernel.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.web.HttpLimits;

/**
 * The last line: an unreadable JSON body becomes a 400, a unique constraint that a concurrent
 * request won a 409, a database connection not had within {@code latih.db.max-wait-ms} a 503 with
 * Retry-After; anything else becomes a 500 carrying an incident id that is also in the server log,
 * so support can find the stack trace without showing it to the user.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  /** SQLSTATE of a unique-constraint violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = Problems.locale(headers);
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        DomainExceptionMapper mapper = new DomainExceptionMapper();
        mapper.headers = headers;
        mapper.uri = uri;
        return mapper.toResponse(domain);
      }
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return Problems.response(
            KernelProblem.INVALID_JSON,
            Messages.text(locale, "json.invalid"),
            List.of(),
            locale,
            uri);
      }
      if (poolWaitExpired(cause)) {
        int seconds = HttpLimits.fromConfig().retryAfterSeconds();
        Response busy =
            Problems.response(
                KernelProblem.OVERLOADED,
                Messages.text(locale, "server.databaseBusy", seconds),
                List.of(),
                locale,
                uri);
        return Response.fromResponse(busy).header("Retry-After", seconds).build();
      }
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return Problems.response(
            KernelProblem.DUPLICATE,
            Messages.text(locale, "conflict.duplicate"),
            List.of(),
            locale,
            uri);
      }
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + (uri == null ? "?" : uri.getPath()), e);
    return Problems.response(
        KernelProblem.INTERNAL,
        Messages.text(locale, "internal", incident),
        List.of(),
        locale,
        uri);
  }

  /**
   * Payara's pool gave up waiting for a free connection: "Error in allocating a connection. Cause:
   * In-use connections equal max-pool-size and expired max-wait-time" (a SQLException caused by
   * this ResourceAllocationException). A pool that cannot reach the database at all fails with the
   * same class and another message, and stays a 500 with an incident id for the operator.
   */
  static boolean poolWaitExpired(Throwable e) {
    return e instanceof ResourceAllocationException
        && String.valueOf(e.getMessage()).contains("max-wait-time");
  }
}
