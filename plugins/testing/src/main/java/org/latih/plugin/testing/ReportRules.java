package org.latih.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.Reports;

/**
 * The rules every report of a plugin must keep, checked the same way in each plugin's tests: each
 * declared report has an id, title and description; on no data, or on a view whose lists are null,
 * it still answers, and its narrative opens by saying in Indonesian that there is no data yet
 * ("Belum ada …"); an unknown report id is refused with an {@link IllegalArgumentException}.
 */
public final class ReportRules {

  private ReportRules() {}

  public static void check(Reports reports) {
    List<ReportDefinition> definitions = reports.reports();
    assertFalse(definitions.isEmpty(), "a plugin with reports offers at least one");
    Set<String> ids = new HashSet<>();
    for (ReportDefinition definition : definitions) {
      assertTrue(ids.add(definition.id()), "report id unique: " + definition.id());
      assertFalse(definition.title().isBlank(), definition.id());
      assertFalse(definition.description().isBlank(), definition.id());
      for (OutcomeView view : List.of(new FakeOutcomes(), FakeOutcomes.nulls())) {
        Report report = reports.build(definition.id(), null, view);
        assertNotNull(report, definition.id());
        assertFalse(report.narrative().isEmpty(), "empty data is explained: " + definition.id());
        assertTrue(
            report.narrative().get(0).startsWith("Belum ada"),
            "empty data says so first: " + definition.id() + ": " + report.narrative().get(0));
      }
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> reports.build("tidak-ada", null, new FakeOutcomes()),
        "an unknown report id is refused");
  }
}
