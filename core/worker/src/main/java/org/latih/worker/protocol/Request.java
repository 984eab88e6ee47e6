package org.latih.worker.protocol;

import org.latih.api.reports.ReportRequest;

/**
 * A call from the host to its worker, one line: build report {@code report} for {@code request}
 * from {@code outcomes}. The answer carries the same {@code id}, so calls can overlap.
 *
 * @param v the protocol version, {@link Protocol#VERSION}
 * @param op what to do; v6 knows {@link #BUILD} only
 * @param sent the parts of the outcome data {@code outcomes} holds (since v6; null for all): a part
 *     the plugin reads beyond them makes the answer {@link Answer#NEEDS_DATA}
 */
public record Request(
    int v,
    long id,
    String op,
    String report,
    ReportRequest request,
    OutcomeSnapshot outcomes,
    OutcomeParts sent) {

  public static final String BUILD = "build";

  /** A build request with every part of the outcome data. */
  public static Request build(
      long id, String reportId, ReportRequest request, OutcomeSnapshot outcomes) {
    return build(id, reportId, request, outcomes, OutcomeParts.ALL);
  }

  /** A build request with the {@code sent} parts of the outcome data. */
  public static Request build(
      long id,
      String reportId,
      ReportRequest request,
      OutcomeSnapshot outcomes,
      OutcomeParts sent) {
    return new Request(Protocol.VERSION, id, BUILD, reportId, request, outcomes, sent);
  }
}
