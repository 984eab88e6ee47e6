package org.latih.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.latih.api.reports.Chart;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.Reports;
import org.latih.api.reports.Table;

/**
 * Checks that a plugin's reports speak English to an English reader: each report definition and
 * each report built in {@code "en"} against the same data in {@code "id"} has every title, heading,
 * label and narrative line changed, save words both languages use ({@link #SHARED}, and those a
 * plugin adds), while the figures stay the same (a decimal comma becomes a point).
 */
public final class ReportLanguages {

  /** Words an English reader reads as they are (digits aside: "IKM 2025" counts as "IKM"). */
  public static final Set<String> SHARED =
      Set.of(
          "",
          "%",
          "JP",
          "NIP",
          "IKM",
          "Pre-test",
          "Post-test",
          "Status",
          "Workshop",
          "Webinar",
          "E-learning",
          "Online",
          "Soft skill",
          "Soft skills");

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(,\\d+)?");
  // a key left in place of a text the bundles lack ("table.units.title")
  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9-]*(\\.[a-zA-Z0-9-]+)+");

  private ReportLanguages() {}

  /**
   * Checks every report of {@code reports} on {@code data} and on no data, and its definitions.
   *
   * @param alsoShared further words the plugin's reports use in both languages
   */
  public static void check(Reports reports, OutcomeView data, String... alsoShared) {
    Set<String> shared = new java.util.HashSet<>(SHARED);
    shared.addAll(List.of(alsoShared));
    List<ReportDefinition> id = reports.reports();
    List<ReportDefinition> en = reports.reports("en");
    assertEquals(
        id.stream().map(ReportDefinition::id).toList(),
        en.stream().map(ReportDefinition::id).toList(),
        "the English list offers the same reports in the same order");
    for (int i = 0; i < id.size(); i++) {
      differs(id.get(i).title(), en.get(i).title(), shared, "report title");
      differs(id.get(i).description(), en.get(i).description(), shared, "report description");
      for (OutcomeView view : List.of(data, new FakeOutcomes())) {
        String reportId = id.get(i).id();
        Report indonesian = reports.build(reportId, new ReportRequest(null, null, "id"), view);
        Report english = reports.build(reportId, new ReportRequest(null, null, "en"), view);
        assertEquals(
            indonesian,
            reports.build(reportId, new ReportRequest(null, null), view),
            "no language is Indonesian: " + reportId);
        compare(indonesian, english, shared);
      }
    }
  }

  /**
   * Checks a plugin's bundle files ({@code texts.properties}, {@code texts_en.properties} in the
   * package of {@code owner}): every Indonesian key has its English text, and a single quote is
   * written twice, as MessageFormat wants.
   */
  public static void checkBundles(Class<?> owner) {
    String base = owner.getPackageName().replace('.', '/') + "/texts";
    Properties id = load(owner, base + ".properties");
    Properties en = load(owner, base + "_en.properties");
    assertEquals(id.stringPropertyNames(), en.stringPropertyNames(), "the same keys in English");
    for (Properties texts : List.of(id, en)) {
      texts.forEach(
          (key, value) ->
              assertFalse(
                  value.toString().replace("''", "").contains("'"),
                  "write a single quote twice: " + key + "=" + value));
    }
  }

  private static Properties load(Class<?> owner, String path) {
    try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, "no " + path);
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      return fail(e);
    }
  }

  private static void compare(Report id, Report en, Set<String> shared) {
    differs(id.title(), en.title(), shared, "title");
    assertEquals(id.keyFigures().size(), en.keyFigures().size(), id.title());
    for (int i = 0; i < id.keyFigures().size(); i++) {
      KeyFigure a = id.keyFigures().get(i);
      KeyFigure b = en.keyFigures().get(i);
      differs(a.label(), b.label(), shared, "key figure");
      if (a.unit() != null && b.unit() != null) {
        differs(a.unit(), b.unit(), shared, "key figure unit");
      }
      sameFigure(a.value(), b.value(), a.label());
    }
    assertEquals(id.tables().size(), en.tables().size(), id.title());
    for (int i = 0; i < id.tables().size(); i++) {
      Table a = id.tables().get(i);
      Table b = en.tables().get(i);
      differs(a.title(), b.title(), shared, "table title");
      assertEquals(a.columns().size(), b.columns().size(), a.title());
      for (int c = 0; c < a.columns().size(); c++) {
        differs(a.columns().get(c), b.columns().get(c), shared, "heading in " + a.title());
      }
      assertEquals(a.rows().size(), b.rows().size(), a.title());
      for (int r = 0; r < a.rows().size(); r++) {
        for (int c = 0; c < a.rows().get(r).size(); c++) {
          sameFigure(a.rows().get(r).get(c), b.rows().get(r).get(c), a.title());
        }
      }
    }
    assertEquals(id.charts().size(), en.charts().size(), id.title());
    for (int i = 0; i < id.charts().size(); i++) {
      Chart a = id.charts().get(i);
      Chart b = en.charts().get(i);
      differs(a.title(), b.title(), shared, "chart title");
      assertEquals(a.series().size(), b.series().size(), a.title());
      for (int s = 0; s < a.series().size(); s++) {
        differs(a.series().get(s).name(), b.series().get(s).name(), shared, "series");
        assertEquals(a.series().get(s).values(), b.series().get(s).values(), a.title());
      }
    }
    assertEquals(id.narrative().size(), en.narrative().size(), id.title());
    for (int i = 0; i < id.narrative().size(); i++) {
      differs(id.narrative().get(i), en.narrative().get(i), shared, "narrative");
    }
  }

  private static void differs(String id, String en, Set<String> shared, String what) {
    assertNotNull(en, what);
    assertFalse(en.contains("{"), "a placeholder left unfilled in " + what + ": " + en);
    assertFalse(KEY.matcher(en).matches(), "no English text for key " + en);
    if (!shared.contains(id.replaceAll("\\d", "").strip())) {
      assertNotEquals(id, en, what + " left in Indonesian");
    }
  }

  /** A number shows the same figure in both languages; anything else may be translated. */
  private static void sameFigure(String id, String en, String where) {
    if (id != null && DECIMAL.matcher(id).matches()) {
      assertEquals(id.replace(',', '.'), en, "the same figure in " + where);
    }
  }
}
