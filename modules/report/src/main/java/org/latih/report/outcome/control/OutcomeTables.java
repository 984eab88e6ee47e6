package org.latih.report.outcome.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.latih.kernel.i18n.Messages;
import org.latih.report.export.api.Table;

/**
 * The outcome report as tables for the export writers: one row per group (and the total) with its
 * figures and last year's, and one row per group and aspect for the reaction scores. No data is an
 * empty cell.
 */
public final class OutcomeTables {

  private static final List<String> FIGURES =
      List.of(
          "group",
          "enrolled",
          "attended",
          "attendanceRate",
          "completed",
          "completionRate",
          "preMean",
          "postMean",
          "pairs",
          "classGain",
          "meanGain",
          "low",
          "medium",
          "high",
          "t",
          "df",
          "p",
          "effectSize",
          "passRate",
          "plans",
          "followedUp",
          "meanFollowUpScore",
          "jp",
          "previousCompletionRate",
          "previousPostMean",
          "previousClassGain",
          "previousJp",
          "warning");

  private OutcomeTables() {}

  public static List<Table> of(OutcomeReport report, Locale locale) {
    return List.of(figures(report, locale), reaction(report, locale));
  }

  static Table figures(OutcomeReport report, Locale locale) {
    return table(
        locale,
        "report.table.outcomes",
        FIGURES,
        row -> {
          for (OutcomeReport.Group g : all(report, locale)) {
            row.accept(figures(g, locale));
          }
        });
  }

  private static List<OutcomeReport.Group> all(OutcomeReport report, Locale locale) {
    List<OutcomeReport.Group> all = new ArrayList<>(report.groups());
    OutcomeReport.Group t = report.total();
    all.add(
        new OutcomeReport.Group(
            null, Messages.text(locale, "report.total"), t.figures(), t.previous(), t.delta()));
    return all;
  }

  private static List<Object> figures(OutcomeReport.Group g, Locale locale) {
    Figures f = g.figures();
    Figures.Gain gain = f.gain();
    Figures before = g.previous();
    return Arrays.asList(
        g.label(),
        f.enrolled(),
        f.attended(),
        f.attendanceRate(),
        f.completed(),
        f.completionRate(),
        f.pre().mean(),
        f.post().mean(),
        gain == null ? null : gain.pairs(),
        gain == null ? null : gain.classGain(),
        gain == null ? null : gain.meanGain(),
        gain == null ? null : gain.low(),
        gain == null ? null : gain.medium(),
        gain == null ? null : gain.high(),
        gain == null ? null : gain.t(),
        gain == null ? null : gain.df(),
        gain == null ? null : gain.p(),
        gain == null ? null : gain.effectSize(),
        f.pass() == null ? null : f.pass().rate(),
        f.followUp().plans(),
        f.followUp().followedUp(),
        f.followUp().meanScore(),
        f.jp(),
        before == null ? null : before.completionRate(),
        before == null ? null : before.post().mean(),
        before == null || before.gain() == null ? null : before.gain().classGain(),
        before == null ? null : before.jp(),
        gain == null || gain.warning() == null
            ? null
            : Locale.ENGLISH.equals(locale) ? gain.warning().en() : gain.warning().id());
  }

  static Table reaction(OutcomeReport report, Locale locale) {
    return table(
        locale,
        "report.table.reaction",
        List.of("group", "aspect", "scale", "n", "mean"),
        row -> {
          for (OutcomeReport.Group g : all(report, locale)) {
            for (Figures.Reaction r : g.figures().reaction()) {
              row.accept(
                  Arrays.asList(
                      g.label(), r.aspect(), r.scaleMin() + "–" + r.scaleMax(), r.n(), r.mean()));
            }
          }
        });
  }

  private static Table table(
      Locale locale, String name, List<String> columns, Consumer<Consumer<List<Object>>> rows) {
    List<String> headings = new ArrayList<>();
    columns.forEach(c -> headings.add(Messages.text(locale, "report.column." + c)));
    return Table.of(Messages.text(locale, name), headings, rows);
  }
}
