package org.latih.kernel.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that finds its JDBC driver from the URL alone.
 *
 * <p>{@code @DataSourceDefinition} needs a class name fixed at compile time, but the database is
 * chosen at run time ({@code LATIH_DB_URL}). The container pools connections from this class; it
 * only opens them, with whichever driver on the application's class path accepts the URL, and wraps
 * them in a {@link StatementCounter} when statements are counted ({@code statementCount}, set from
 * latih.diagnostics.statement-count: the wrapping's reflective calls took 4 % of the server's CPU
 * samples in bench/exam-day ceiling, so production servers go without).
 */
public class UrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private boolean statementCount = true;
  private int loginTimeout;
  private PrintWriter logWriter;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public void setStatementCount(String count) {
    this.statementCount = Boolean.parseBoolean(count);
  }

  public String getStatementCount() {
    return String.valueOf(statementCount);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Driver driver = driverFor(url);
    Properties properties = new Properties();
    if (username != null && !username.isBlank()) {
      properties.setProperty("user", username);
    }
    if (pass != null) {
      properties.setProperty("password", pass);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      // A start inserts its attempt's 40 slots in one JDBC batch; rewritten, PostgreSQL runs them
      // as one multi-row INSERT instead of 40 (the URL may still turn it off).
      properties.setProperty("reWriteBatchedInserts", "true");
    }
    Connection connection = driver.connect(url, properties);
    if (connection == null) {
      throw new SQLException("The driver for " + safeUrl() + " opened no connection");
    }
    return statementCount ? StatementCounter.counting(connection) : connection;
  }

  private Driver driverFor(String jdbcUrl) throws SQLException {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new SQLException("No database URL: set latih.db.url (LATIH_DB_URL)");
    }
    for (Driver driver : ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
      if (driver.acceptsURL(jdbcUrl)) {
        return driver;
      }
    }
    throw new SQLException(
        "No JDBC driver accepts " + safeUrl() + "; supported: jdbc:h2:..., jdbc:postgresql://...");
  }

  /** The URL without anything after '?' or ';', where credentials could hide. */
  private String safeUrl() {
    return url == null ? "null" : url.replaceAll("[?;].*$", "");
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
