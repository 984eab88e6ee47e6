package org.latih.kernel.plugin.worker;

/** The plugin offers no report by the requested id: the caller's mistake, not a plugin fault. */
public class UnknownReportException extends RuntimeException {

  public UnknownReportException(String pluginId, String reportId) {
    super("plugin '" + pluginId + "' has no report '" + reportId + "'");
  }
}
