package org.latih.kernel.identity.user.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.latih.kernel.rest.InvalidInputException;

/**
 * The CSV reader behind the user, cohort-enrolment and indicator imports, fed arbitrary text: it
 * returns rows or refuses the file with {@link InvalidInputException} (400 problem details), and
 * nothing else. Every build replays the seeds in {@code CsvFuzzTestInputs}; {@code bench/fuzz}
 * fuzzes.
 */
class CsvFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void readsOrRefusesAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      var rows = Csv.parse(text);
      assertTrue(rows.stream().allMatch(r -> r.line() >= 1), "rows have 1-based lines");
    } catch (InvalidInputException refused) {
      // the documented refusal of a malformed file
    }
  }
}
