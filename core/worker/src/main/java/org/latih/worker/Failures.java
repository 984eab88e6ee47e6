package org.latih.worker;

/** How a plugin's failure is told to the host: short, one line, without a stack trace. */
final class Failures {

  private static final int MAX_MESSAGE = 1000;

  private Failures() {}

  /** {@code "java.lang.X: message"}, or the class and the frame it was thrown in. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    if (message != null && !message.isBlank()) {
      if (message.length() > MAX_MESSAGE) {
        message = message.substring(0, MAX_MESSAGE) + "…";
      }
      return t.getClass().getName() + ": " + message.replace('\n', ' ');
    }
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length == 0 ? t.getClass().getName() : t.getClass().getName() + " at " + trace[0];
  }
}
