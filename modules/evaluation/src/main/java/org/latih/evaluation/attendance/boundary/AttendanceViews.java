package org.latih.evaluation.attendance.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.latih.course.cohort.api.Cohort;
import org.latih.evaluation.attendance.control.AttendanceRates;
import org.latih.evaluation.attendance.control.AttendanceSheets;
import org.latih.evaluation.attendance.control.Attendances;
import org.latih.evaluation.attendance.control.Rate;
import org.latih.evaluation.attendance.entity.CohortSession;
import org.latih.evaluation.attendance.entity.DeliveryMode;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;

/** The request and response bodies of the attendance resource. */
final class AttendanceViews {

  private AttendanceViews() {}

  public record SessionRequest(
      String title, String date, String startsAt, String deliveryMode, String place) {

    CohortSession.Plan plan() {
      DeliveryMode mode = null;
      if (deliveryMode != null && !deliveryMode.isBlank()) {
        mode =
            DeliveryMode.of(deliveryMode)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "deliveryMode", "attendance.deliveryMode", deliveryMode));
      }
      return new CohortSession.Plan(title, parsedDate(), parsedTime(), mode, place);
    }

    private LocalDate parsedDate() {
      try {
        return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("date", "attendance.sessionDate", date);
      }
    }

    private LocalTime parsedTime() {
      try {
        return startsAt == null || startsAt.isBlank() ? null : LocalTime.parse(startsAt.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("startsAt", "attendance.startsAt", startsAt);
      }
    }
  }

  /** One participant: present or not, and for an absence optionally IZIN, SAKIT or ALPA. */
  public record MarkRequest(String nip, Boolean present, String absence) {}

  public record SheetRequest(List<MarkRequest> records) {
    List<AttendanceSheets.Mark> marks() {
      return records.stream()
          .map(m -> m == null ? null : new AttendanceSheets.Mark(m.nip(), m.present(), m.absence()))
          .toList();
    }
  }

  /** Present of recorded, with the percentage (null while nothing is recorded). */
  public record RateView(long present, long recorded, Double percent) {
    static RateView of(Rate rate) {
      Rate r = rate == null ? Rate.NONE : rate;
      return new RateView(r.present(), r.recorded(), r.percent());
    }
  }

  public record UnitRate(String unitKerja, RateView rate) {
    static List<UnitRate> of(Map<String, Rate> units) {
      return units.entrySet().stream()
          .map(e -> new UnitRate(e.getKey(), RateView.of(e.getValue())))
          .toList();
    }
  }

  public record CohortEntry(
      long id,
      String course,
      String courseTitle,
      String region,
      String name,
      String startsOn,
      String endsOn,
      boolean canRecord) {
    static CohortEntry of(Cohort c, boolean canRecord) {
      return new CohortEntry(
          c.id(),
          c.course().code(),
          c.course().title(),
          c.region().code(),
          c.name(),
          c.startsOn().toString(),
          c.endsOn().toString(),
          canRecord);
    }
  }

  public record SessionView(
      long id,
      long cohortId,
      String title,
      String date,
      String startsAt,
      String deliveryMode,
      String place,
      RateView rate) {
    static SessionView of(CohortSession s, Rate rate) {
      return new SessionView(
          s.id(),
          s.cohort().id(),
          s.title(),
          s.heldOn().toString(),
          s.startsAt() == null ? null : s.startsAt().toString(),
          s.deliveryMode(),
          s.place(),
          RateView.of(rate));
    }
  }

  public record CohortAttendance(
      CohortEntry cohort, RateView total, List<UnitRate> units, List<SessionView> sessions) {
    static CohortAttendance of(
        AttendanceRates.CohortRates rates, List<CohortSession> sessions, boolean canRecord) {
      return new CohortAttendance(
          CohortEntry.of(rates.cohort(), canRecord),
          RateView.of(rates.total()),
          UnitRate.of(rates.units()),
          sessions.stream().map(s -> SessionView.of(s, rates.sessions().get(s.id()))).toList());
    }
  }

  public record SheetView(
      SessionView session,
      CohortEntry cohort,
      RateView rate,
      List<AttendanceSheets.Line> participants) {
    static SheetView of(AttendanceSheets.Sheet sheet) {
      long present = sheet.lines().stream().filter(l -> Boolean.TRUE.equals(l.present())).count();
      long recorded = sheet.lines().stream().filter(l -> l.present() != null).count();
      Rate rate = new Rate(present, recorded);
      return new SheetView(
          SessionView.of(sheet.session(), rate),
          CohortEntry.of(sheet.session().cohort(), sheet.canRecord()),
          RateView.of(rate),
          sheet.lines());
    }
  }

  public record CohortRateView(CohortEntry cohort, RateView rate) {}

  public record RegionRatesView(
      RateView total, Page<CohortRateView> cohorts, List<UnitRate> units) {
    static RegionRatesView of(AttendanceRates.RegionRates rates) {
      return new RegionRatesView(
          RateView.of(rates.total()),
          rates
              .cohorts()
              .map(
                  c ->
                      new CohortRateView(CohortEntry.of(c.cohort(), false), RateView.of(c.rate()))),
          UnitRate.of(rates.units()));
    }
  }

  public record MineEntry(
      long sessionId,
      String course,
      String courseTitle,
      String cohort,
      String title,
      String date,
      String deliveryMode,
      boolean present) {
    static MineEntry of(Attendances.Recorded r) {
      Attendances.AttendedSession s = r.session();
      return new MineEntry(
          s.sessionId(),
          s.courseCode(),
          s.courseTitle(),
          s.cohort(),
          s.sessionTitle(),
          s.date().toString(),
          s.deliveryMode(),
          r.present());
    }
  }
}
