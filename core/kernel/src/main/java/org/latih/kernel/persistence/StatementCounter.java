package org.latih.kernel.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements the current thread sends to the database, so statement budgets (an
 * answer save is a small constant whatever the quiz size) can be tested through the real stack on
 * both databases. {@link UrlDataSource} hands out connections wrapped here; a batch counts once, as
 * it is one round trip. Only when latih.diagnostics.statement-count is on (test servers): every
 * JDBC call through the wrappers is a reflective call.
 */
public final class StatementCounter {

  // shared with the threads that work for the caller (forCaller), which may count at the same time
  private static final ThreadLocal<AtomicInteger> COUNT =
      ThreadLocal.withInitial(AtomicInteger::new);
  private static final Set<String> EXECUTIONS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");

  private StatementCounter() {}

  /** Starts counting afresh for the current thread (at the start of a request). */
  public static void reset() {
    COUNT.get().set(0);
  }

  /** Statements the current thread executed since {@link #reset()}. */
  public static int count() {
    return COUNT.get().get();
  }

  /**
   * Work for another thread whose statements count for the thread that hands it over: a plugin call
   * runs on a pool thread of its own, and whatever it makes the database do belongs to the request
   * that asked (a budget test then sees a report that loads inside the plugin's call), and so does
   * the attendance a report's reading reads on a thread of its own beside the caller's.
   */
  public static <T> Callable<T> forCaller(Callable<T> work) {
    AtomicInteger callers = COUNT.get();
    return () -> {
      AtomicInteger own = COUNT.get();
      COUNT.set(callers);
      try {
        return work.call();
      } finally {
        COUNT.set(own);
      }
    };
  }

  static Connection counting(Connection connection) {
    return wrap(
        Connection.class,
        connection,
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          return switch (method.getName()) {
            case "createStatement" -> counted(Statement.class, (Statement) result);
            case "prepareStatement" -> counted(PreparedStatement.class, (PreparedStatement) result);
            case "prepareCall" -> counted(CallableStatement.class, (CallableStatement) result);
            default -> result;
          };
        });
  }

  private static <S extends Statement> S counted(Class<S> type, S statement) {
    return wrap(
        type,
        statement,
        (proxy, method, args) -> {
          if (EXECUTIONS.contains(method.getName())) {
            COUNT.get().incrementAndGet();
          }
          return invoke(statement, method, args);
        });
  }

  private static <T> T wrap(Class<T> type, T target, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
