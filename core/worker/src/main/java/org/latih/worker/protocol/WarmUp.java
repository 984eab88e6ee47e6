package org.latih.worker.protocol;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

/**
 * One request over made-up outcome data, written and read back, so the JIT has compiled the
 * protocol's encoder and decoder before the first real report needs them. A new JVM took 330 ms to
 * encode a whole region's data the first time and 45-80 ms later, and a new worker 550 ms to read
 * it the first time and about 200 ms later (bench/plugin-workers latency). The made-up data is
 * about two fifths of a region of 10,000 ASN: after it a new worker read the region's data in 316
 * ms the first time; after a tenth of it (5,000 enrolments), in 449 ms. It costs a new worker about
 * half a second of CPU while it waits for its first call.
 */
public final class WarmUp {

  static final int ENROLMENTS = 20_000;

  private WarmUp() {}

  /** Encodes and decodes the made-up request once; the result is dropped. */
  public static void run() {
    roundTrip(madeUp());
  }

  /** {@code data} in a request, as the worker reads it from the line the host writes. */
  static OutcomeSnapshot roundTrip(OutcomeSnapshot data) {
    Request request = Request.build(0, "warm-up", new ReportRequest(null, null, "id"), data);
    byte[] line = Protocol.line(request).toByteArray();
    return Protocol.readRequest(new ByteArrayInputStream(line, 0, line.length - 1)).outcomes();
  }

  /** A region's rows in the proportions of bench/seed-region: per enrolment 3 attendance rows. */
  static OutcomeSnapshot madeUp() {
    List<EnrolmentRow> enrolments = new ArrayList<>(ENROLMENTS);
    List<AttendanceRow> attendance = new ArrayList<>(ENROLMENTS * 3);
    List<ScoreRow> scores = new ArrayList<>(ENROLMENTS);
    List<ResponseRow> responses = new ArrayList<>(ENROLMENTS);
    for (int i = 0; i < ENROLMENTS; i++) {
      String course = "course-" + i % 30;
      String cohort = i % 7 == 0 ? null : "angkatan-" + i % 90;
      String unit = "unit-" + i % 40;
      enrolments.add(new EnrolmentRow(course, cohort, unit, 2024 + i % 3, i % 4 != 0, 20));
      for (int s = 0; s < 3; s++) {
        boolean present = (i + s) % 9 != 0;
        attendance.add(
            new AttendanceRow(
                course, cohort, "sesi-" + s, "ONLINE", unit, present, present ? null : "SAKIT"));
      }
      scores.add(new ScoreRow(course, cohort, unit, 40.0 + i % 50, i % 5 == 0 ? null : 70.5));
      responses.add(
          new ResponseRow(
              "form", course, cohort, unit, Map.of("q1", Integer.toString(1 + i % 5), "q2", "ya")));
    }
    List<IndicatorRow> indicators = new ArrayList<>();
    for (int u = 0; u < 40; u++) {
      indicators.add(new IndicatorRow("unit-" + u, "indikator", "2025", u * 1.5));
    }
    return new OutcomeSnapshot(
        "warm-up", enrolments, attendance, scores, Map.of("form", responses), indicators);
  }
}
