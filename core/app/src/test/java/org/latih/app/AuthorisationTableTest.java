package org.latih.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix (AuthorisationMatrixIT) covers every endpoint: a new one fails the build
 * here, named, until its expected outcome for every identity is written in authz-matrix.csv.
 */
class AuthorisationTableTest {

  private final AuthorisationTable table = AuthorisationTable.read();

  @Test
  void everyEndpointHasARowAndEveryRowIsAnEndpoint() {
    List<String> endpoints = JaxRsEndpoints.all();
    List<String> missing = endpoints.stream().filter(e -> !table.rows().containsKey(e)).toList();
    List<String> stale =
        table.rows().keySet().stream().filter(e -> !endpoints.contains(e)).toList();
    assertEquals(
        List.of(),
        missing,
        "endpoints without a row in core/app/src/test/resources/authz-matrix.csv");
    assertEquals(List.of(), stale, "rows in authz-matrix.csv for endpoints that do not exist");
  }

  @Test
  void everyCellIsAKnownOutcome() {
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> row : table.rows().entrySet()) {
      row.getValue()
          .forEach(
              (identity, outcome) -> {
                if (!AuthorisationTable.OUTCOMES.contains(outcome)) {
                  unknown.add(row.getKey() + " as " + identity + ": '" + outcome + "'");
                }
              });
    }
    assertEquals(List.of(), unknown, "outcomes are one of " + AuthorisationTable.OUTCOMES);
  }
}
