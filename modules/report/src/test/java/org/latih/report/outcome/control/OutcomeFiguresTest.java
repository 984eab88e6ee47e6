package org.latih.report.outcome.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome figures of a group against values worked out by hand. */
class OutcomeFiguresTest {

  static Dimensions where(String course, Long cohort, String unit, int year) {
    return new Dimensions(
        1L,
        course,
        "Kursus " + course,
        cohort,
        cohort == null ? null : "Angkatan " + cohort,
        unit,
        "III/a",
        "Analis",
        "uji",
        "Kabupaten Uji",
        year);
  }

  static LearnerRow row(
      Double pre,
      Double post,
      boolean completed,
      int recorded,
      int present,
      Integer jp,
      LearnerRow.Plan plan) {
    return new LearnerRow(
        1, where("k", 7L, "Dinas A", 2026), completed, pre, post, 70, recorded, present, jp, plan);
  }

  /**
   * Four learners: (pre, post) = (40, 70), (50, 90), (60, 60), (20, 50). Individual g = 30/60 =
   * 0.5, 40/50 = 0.8, 0/40 = 0, 30/80 = 0.375: one low, two medium, one high; mean g = 1.675 / 4 =
   * 0.41875. Means 42.5 and 67.5, class g = 25 / 57.5. Differences 30, 40, 0, 30: mean 25, squared
   * deviations 25 + 225 + 625 + 25 = 900, sd = √(900 / 3) = √300, t = 25 / (√300 / 2) = 2.88675, df
   * = 3, d = 25 / √300 = 1.44338; p = 0.06318 (Student's t, 3 df, two-tailed, from the closed form
   * 1 − 2(θ + sin θ cos θ)/π with θ = atan(t/√3)).
   */
  static List<LearnerRow> four() {
    return List.of(
        row(40.0, 70.0, true, 2, 2, 12, new LearnerRow.Plan(true, 80, 2, 1, 0)),
        row(50.0, 90.0, true, 2, 1, 12, new LearnerRow.Plan(false, null, 0, 0, 0)),
        row(60.0, 60.0, false, 0, 0, null, null),
        row(20.0, 50.0, false, 2, 0, null, null));
  }

  @Test
  void aGroupsRatesMeansAndGainAreTheHandComputedOnes() {
    Figures f = OutcomeFigures.of(four(), List.of(), 2);
    assertEquals(4, f.enrolled());
    assertEquals(2, f.completed());
    assertEquals(0.5, f.completionRate(), 1e-12);
    assertEquals(2, f.attended(), "two of the three with sessions were there at least once");
    assertEquals(3.0 / 6, f.attendanceRate(), 1e-12);
    assertEquals(42.5, f.pre().mean(), 1e-12);
    assertEquals(67.5, f.post().mean(), 1e-12);
    assertEquals(24, f.jp());

    Figures.Gain g = f.gain();
    assertEquals(4, g.pairs());
    assertEquals(25 / 57.5, g.classGain(), 1e-12);
    assertEquals(0.41875, g.meanGain(), 1e-12);
    assertEquals(1, g.low());
    assertEquals(2, g.medium());
    assertEquals(1, g.high());
    assertEquals(2.886751345948129, g.t(), 1e-9);
    assertEquals(3, g.df());
    assertEquals(0.06318007496544598, g.p(), 1e-9);
    assertEquals(1.4433756729740643, g.effectSize(), 1e-9);
    assertNull(g.warning());

    assertEquals(4, f.pass().taken());
    assertEquals(2, f.pass().passed(), "70 and 90 reach the pass mark of 70");
    assertEquals(0.5, f.pass().rate(), 1e-12);

    assertEquals(2, f.followUp().plans());
    assertEquals(1, f.followUp().followedUp());
    assertEquals(2, f.followUp().terlaksana());
    assertEquals(1, f.followUp().sebagian());
    assertEquals(80.0, f.followUp().meanScore(), 1e-12);
  }

  @Test
  void belowTheMinimumSampleThereIsNoPValueNorEffectSizeButAWarningInBothLanguages() {
    Figures.Gain g = OutcomeFigures.of(four(), List.of(), 10).gain();
    assertEquals(2.886751345948129, g.t(), 1e-9, "t itself is still shown");
    assertNull(g.p());
    assertNull(g.effectSize());
    assertNotNull(g.warning());
    assertTrue(g.warning().id().contains("4") && g.warning().id().contains("10"), g.warning()::id);
    assertTrue(g.warning().en().startsWith("Only 4 learners"), g.warning()::en);
  }

  @Test
  void aGroupWithoutDataHasNullFiguresNeverZero() {
    Figures f = OutcomeFigures.of(List.of(row(null, null, false, 0, 0, null, null)), List.of(), 10);
    assertNull(f.attended());
    assertNull(f.attendanceRate());
    assertNull(f.pre().mean());
    assertEquals(0, f.pre().n());
    assertNull(f.gain());
    assertNull(f.pass());
    assertNull(f.followUp().meanScore());
    assertTrue(f.reaction().isEmpty());
  }

  @Test
  void hakesBandsAreLowBelowPoint3MediumToPoint7AndHighFromIt() {
    // g = 0.29 (20 → 43.2), 0.3 (0 → 30), 0.69 (0 → 69), 0.7 (0 → 70), −0.5 (50 → 25)
    List<LearnerRow> rows =
        List.of(
            row(20.0, 43.2, false, 0, 0, null, null),
            row(0.0, 30.0, false, 0, 0, null, null),
            row(0.0, 69.0, false, 0, 0, null, null),
            row(0.0, 70.0, false, 0, 0, null, null),
            row(50.0, 25.0, false, 0, 0, null, null),
            row(100.0, 100.0, false, 0, 0, null, null));
    Figures.Gain g = OutcomeFigures.of(rows, List.of(), 10).gain();
    assertEquals(2, g.low(), "0.29 and a loss");
    assertEquals(2, g.medium(), "0.3 and 0.69");
    assertEquals(1, g.high(), "0.7");
    assertEquals(1, g.undefined(), "100 on the pre-test leaves nothing to gain");
  }

  @Test
  void reactionIsTheMeanPerAspectAndScale() {
    Dimensions d = where("k", 7L, "Dinas A", 2026);
    List<ReactionAnswer> answers =
        List.of(
            new ReactionAnswer(d, "materi", 1, 5, 4),
            new ReactionAnswer(d, "materi", 1, 5, 5),
            new ReactionAnswer(d, "materi", 1, 5, 3),
            new ReactionAnswer(d, "sarana", 1, 5, 2),
            new ReactionAnswer(d, "materi", 1, 4, 4));
    List<Figures.Reaction> r = OutcomeFigures.of(List.of(), answers, 10).reaction();
    assertEquals(3, r.size(), r::toString);
    assertEquals(new Figures.Reaction("materi", 1, 4, 1, 4.0), r.get(0));
    assertEquals(new Figures.Reaction("materi", 1, 5, 3, 4.0), r.get(1));
    assertEquals(new Figures.Reaction("sarana", 1, 5, 1, 2.0), r.get(2));
  }

  @Test
  void groupsCarryLastYearsFiguresAndTheChange() {
    LearnerRow now = row(40.0, 80.0, true, 0, 0, 12, null);
    LearnerRow before =
        new LearnerRow(2, where("k", 3L, "Dinas A", 2025), false, 40.0, 60.0, 70, 0, 0, null, null);
    OutcomeQuery q = new OutcomeQuery(null, null, null, null, null, null, 2026, GroupBy.COURSE, 10);
    OutcomeReport report =
        OutcomeReports.group(q, new OutcomeRows.Rows(List.of(now, before), List.of()));
    assertEquals(1, report.groups().size());
    OutcomeReport.Group g = report.groups().get(0);
    assertEquals("Kursus k", g.label());
    assertEquals(1, g.figures().enrolled());
    assertEquals(1, g.previous().enrolled());
    assertEquals(1.0, g.delta().completionRate(), 1e-12);
    assertEquals(20.0, g.delta().postMean(), 1e-12);
    assertEquals(40 / 60.0 - 20 / 60.0, g.delta().classGain(), 1e-12);
    assertEquals(12L, g.delta().jp());
  }
}
