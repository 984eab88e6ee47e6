package org.latih.kernel.web;

import java.lang.annotation.Annotation;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes Payara Micro's HTTP listener, so that a stopping server refuses connections instead of
 * answering with Payara's HTML error pages (503, then 500) while it undeploys the application.
 *
 * <p>It runs the same {@code set ...enabled=false} that config/pre-boot-commands.asadmin runs
 * before the deployment (config/post-deploy-commands.asadmin opens the listener again on the next
 * start), through Payara's embedded admin command runner. The application cannot compile against
 * Payara's internals, so they are looked up by name; on another server, or if Payara renames them,
 * this logs a warning and the server stops as before, HTML pages included.
 */
final class HttpListenerSwitch {

  /** The listener Payara Micro serves HTTP on; the boot command files name the same one. */
  static final String LISTENER = "http-listener";

  private static final String SET_DISABLED =
      "configs.config.server-config.network-config.network-listeners.network-listener."
          + LISTENER
          + ".enabled=false";

  private static final Logger LOG = Logger.getLogger(HttpListenerSwitch.class.getName());

  private HttpListenerSwitch() {}

  /** True when the listener was closed. Connections in progress are cut: drain them first. */
  static boolean close() {
    ClassLoader loader = HttpListenerSwitch.class.getClassLoader();
    try {
      Object locator =
          Class.forName("org.glassfish.internal.api.Globals", true, loader)
              .getMethod("getDefaultBaseServiceLocator")
              .invoke(null);
      Class<?> runnerType = Class.forName("org.glassfish.embeddable.CommandRunner", true, loader);
      Object runner =
          Class.forName("org.glassfish.hk2.api.ServiceLocator", true, loader)
              .getMethod("getService", Class.class, Annotation[].class)
              .invoke(locator, runnerType, new Annotation[0]);
      Object result =
          runnerType
              .getMethod("run", String.class, String[].class)
              .invoke(runner, "set", new String[] {SET_DISABLED});
      Class<?> resultType = Class.forName("org.glassfish.embeddable.CommandResult", true, loader);
      String status = String.valueOf(resultType.getMethod("getExitStatus").invoke(result));
      if (!"SUCCESS".equals(status)) {
        LOG.warning(
            () ->
                "Could not close the HTTP listener ("
                    + status
                    + "): "
                    + invokeQuietly(resultType, "getOutput", result));
      }
      return "SUCCESS".equals(status);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not close the HTTP listener; stopping with it open", e);
      return false;
    }
  }

  private static Object invokeQuietly(Class<?> type, String method, Object target) {
    try {
      return type.getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      return e.toString();
    }
  }
}
