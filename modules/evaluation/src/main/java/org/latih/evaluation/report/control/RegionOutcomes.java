package org.latih.evaluation.report.control;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;
import org.latih.assessment.attempt.api.CourseTestResults;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.evaluation.attendance.entity.AttendanceRecord;
import org.latih.evaluation.indicator.entity.UnitIndicator;
import org.latih.evaluation.response.control.AnswersJson;
import org.latih.evaluation.response.entity.FormResponse;
import org.latih.kernel.identity.region.entity.Region;

/**
 * The outcome data of one region as a plugin's report sees it: read-only rows, never entities, and
 * only the region's own learners and answers, attendance of its cohorts' sessions (with each
 * participant's unit kerja today) and the unit indicators its admins recorded.
 */
final class RegionOutcomes implements OutcomeView {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final EntityManager em;
  private final CourseTestResults tests;
  private final Region region;
  private List<Enrolment> enrolments;

  RegionOutcomes(EntityManager em, CourseTestResults tests, Region region) {
    this.em = em;
    this.tests = tests;
    this.region = region;
  }

  @Override
  public String region() {
    return region.code();
  }

  private List<Enrolment> regionEnrolments() {
    if (enrolments == null) {
      enrolments =
          em.createQuery(
                  "SELECT e FROM Enrolment e WHERE e.user.region.id = :regionId ORDER BY e.id",
                  Enrolment.class)
              .setParameter("regionId", region.id())
              .getResultList();
    }
    return enrolments;
  }

  @Override
  public List<EnrolmentRow> enrolments() {
    return regionEnrolments().stream()
        .map(
            e ->
                new EnrolmentRow(
                    e.course().code(),
                    e.cohort() == null ? null : e.cohort().name(),
                    e.user().profile().unitKerja(),
                    (e.completedAt() == null ? e.enrolledAt() : e.completedAt())
                        .atZone(WIB)
                        .getYear(),
                    e.completedAt() != null,
                    e.course().jp()))
        .toList();
  }

  @Override
  public List<AttendanceRow> attendance() {
    return em
        .createNamedQuery(AttendanceRecord.OF_REGION, AttendanceRecord.class)
        .setParameter("regionId", region.id())
        .getResultList()
        .stream()
        .map(
            r ->
                new AttendanceRow(
                    r.session().cohort().course().code(),
                    r.session().cohort().name(),
                    r.session().title(),
                    r.session().deliveryMode(),
                    r.user().profile().unitKerja(),
                    r.present()))
        .toList();
  }

  @Override
  public List<ScoreRow> testScores() {
    List<ScoreRow> rows = new ArrayList<>();
    for (Enrolment e : regionEnrolments()) {
      Double pre = orNull(tests.preTest(e.user().id(), e.course().id()));
      Double post = orNull(tests.postTest(e.user().id(), e.course().id()));
      if (pre != null || post != null) {
        rows.add(
            new ScoreRow(
                e.course().code(),
                e.cohort() == null ? null : e.cohort().name(),
                e.user().profile().unitKerja(),
                pre,
                post));
      }
    }
    return rows;
  }

  private static Double orNull(OptionalDouble p) {
    return p.isPresent() ? p.getAsDouble() : null;
  }

  @Override
  public List<ResponseRow> formResponses(String formId) {
    return em
        .createQuery(
            "SELECT r FROM FormResponse r WHERE r.region.id = :regionId AND r.formId = :formId"
                + " ORDER BY r.id",
            FormResponse.class)
        .setParameter("regionId", region.id())
        .setParameter("formId", formId)
        .getResultList()
        .stream()
        .map(
            r ->
                new ResponseRow(
                    r.formId(),
                    r.courseCode(),
                    r.cohort(),
                    r.unitKerja(),
                    AnswersJson.read(r.answers())))
        .toList();
  }

  @Override
  public List<IndicatorRow> unitIndicators() {
    return em
        .createNamedQuery(UnitIndicator.OF_REGION, UnitIndicator.class)
        .setParameter("regionId", region.id())
        .getResultList()
        .stream()
        .map(i -> new IndicatorRow(i.unitKerja(), i.indicator(), i.period(), i.value()))
        .toList();
  }
}
