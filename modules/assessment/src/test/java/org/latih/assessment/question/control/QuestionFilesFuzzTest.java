package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.latih.kernel.rest.InvalidInputException;

/**
 * The GIFT and Moodle XML readers fed arbitrary text, as a question import receives it: each
 * returns questions and problems (422 problem details when there are any), or refuses an empty file
 * with {@link InvalidInputException}, and never throws anything else. Every build replays the seeds
 * in {@code QuestionFilesFuzzTestInputs}; {@code bench/fuzz} fuzzes.
 */
class QuestionFilesFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void giftIsReadOrReported(FuzzedDataProvider data) {
    check("gift", data.consumeRemainingAsString());
  }

  @FuzzTest(maxDuration = "30s")
  void moodleXmlIsReadOrReported(FuzzedDataProvider data) {
    check("xml", data.consumeRemainingAsString());
  }

  private static void check(String format, String text) {
    ImportResult result;
    try {
      result = QuestionBank.parse(format, text);
    } catch (InvalidInputException empty) {
      return;
    }
    assertTrue(
        result.problems().stream().allMatch(p -> p.line() >= 0 && p.messageKey() != null),
        "every problem names its line and message");
    // what was read can be written back out, as the export does
    GiftFormat.write(result.questions());
  }
}
