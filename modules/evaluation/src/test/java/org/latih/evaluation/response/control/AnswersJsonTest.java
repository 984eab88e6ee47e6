package org.latih.evaluation.response.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.stream.JsonParsingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersJsonTest {

  @Test
  void answersComeBackAsWrittenInTheirOrder() {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("q2", "Sangat \"baik\", sekali\nbaris kedua");
    answers.put("q1", "4");
    answers.put("saran", "");
    Map<String, String> read = AnswersJson.read(AnswersJson.write(answers));
    assertEquals(answers, read);
    assertEquals(List.of("q2", "q1", "saran"), List.copyOf(read.keySet()));
  }

  @Test
  void aDocumentThatIsNotItemsToTextsIsRefused() {
    for (String text : List.of("[]", "{\"q1\":4}", "{\"q1\":{\"a\":\"b\"}}", "{\"q1\":\"4\"")) {
      assertThrows(JsonParsingException.class, () -> AnswersJson.read(text), text);
    }
  }
}
