package org.latih.worker.protocol;

import java.util.List;
import java.util.Map;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;

/**
 * A line from the worker: the ready line (id 0: the plugin's id, version, forms and reports, read
 * once at start) or the answer to the request with the same id. Fields that do not apply are null
 * and left off the line.
 *
 * @param kind why a call failed, when the host must tell it apart from a plugin fault: {@link
 *     #UNKNOWN_REPORT}, {@link #UNREADABLE_REQUEST}, {@link #BROKEN_STREAM}
 * @param reportsIn the reports again, titled in each further language the UI speaks ({@code "en"}),
 *     by language tag; {@code reports} is the Indonesian list
 * @param reads the parts of the outcome data the plugin asked for while it built (since v6)
 */
public record Answer(
    int v,
    long id,
    boolean ok,
    String error,
    String kind,
    String plugin,
    String version,
    List<FormDefinition> forms,
    List<ReportDefinition> reports,
    Map<String, List<ReportDefinition>> reportsIn,
    Report report,
    OutcomeParts reads) {

  /** The plugin offers no report by the requested id: the caller's mistake, not the plugin's. */
  public static final String UNKNOWN_REPORT = "unknown-report";

  /**
   * The worker could not read the request (a column that does not decode, a line that is not a
   * request): the host's fault, since only the host writes requests, never the plugin's.
   */
  public static final String UNREADABLE_REQUEST = "unreadable-request";

  /**
   * The worker lost its place in the requests (a frame whose structure is broken, so the next
   * request cannot be found) and ends: id 0, since no request can be named. The host's fault too.
   */
  public static final String BROKEN_STREAM = "broken-stream";

  /**
   * The plugin asked for outcome data the request did not carry ({@code reads} says all it asked
   * for), so what it built is void: the host builds again with those parts too. Not a fault.
   */
  public static final String NEEDS_DATA = "needs-data";

  public static Answer ready(
      String plugin, String version, List<FormDefinition> forms, List<ReportDefinition> reports) {
    return ready(plugin, version, forms, reports, Map.of());
  }

  public static Answer ready(
      String plugin,
      String version,
      List<FormDefinition> forms,
      List<ReportDefinition> reports,
      Map<String, List<ReportDefinition>> reportsIn) {
    return new Answer(
        Protocol.VERSION,
        0,
        true,
        null,
        null,
        plugin,
        version,
        forms,
        reports,
        reportsIn,
        null,
        null);
  }

  public static Answer built(long id, Report report) {
    return built(id, report, null);
  }

  public static Answer built(long id, Report report, OutcomeParts reads) {
    return new Answer(
        Protocol.VERSION, id, true, null, null, null, null, null, null, null, report, reads);
  }

  public static Answer needsData(long id, OutcomeParts reads) {
    return failure(id, "asked for outcome data the request did not carry", NEEDS_DATA, reads);
  }

  public static Answer failed(long id, String error) {
    return failure(id, error, null, null);
  }

  public static Answer unreadable(long id, String why) {
    return failure(id, why, UNREADABLE_REQUEST, null);
  }

  public static Answer brokenStream(String why) {
    return failure(0, why, BROKEN_STREAM, null);
  }

  public static Answer unknownReport(long id, String reportId) {
    return failure(id, "no report '" + reportId + "'", UNKNOWN_REPORT, null);
  }

  /**
   * An answer without a report: {@code error} says why, {@code kind} whose fault, if not the
   * plugin's.
   */
  private static Answer failure(long id, String error, String kind, OutcomeParts reads) {
    return new Answer(
        Protocol.VERSION, id, false, error, kind, null, null, null, null, null, null, reads);
  }
}
