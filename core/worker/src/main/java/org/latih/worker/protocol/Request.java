package org.latih.worker.protocol;

import org.latih.api.reports.ReportRequest;

/**
 * A call from the host to its worker, one line: build report {@code report} for {@code request}
 * from {@code outcomes}. The answer carries the same {@code id}, so calls can overlap.
 *
 * @param v the protocol version, {@link Protocol#VERSION}
 * @param op what to do; v5 knows {@link #BUILD} only
 */
public record Request(
    int v, long id, String op, String report, ReportRequest request, OutcomeSnapshot outcomes) {

  public static final String BUILD = "build";

  public static Request build(
      long id, String reportId, ReportRequest request, OutcomeSnapshot outcomes) {
    return new Request(Protocol.VERSION, id, BUILD, reportId, request, outcomes);
  }
}
