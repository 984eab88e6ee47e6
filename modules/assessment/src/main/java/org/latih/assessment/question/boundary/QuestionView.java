package org.latih.assessment.question.boundary;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import org.latih.assessment.question.control.QuestionText;
import org.latih.assessment.question.entity.Question;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionJson;

/**
 * A bank question for its editors: the current version's whole content, key included, as its author
 * wrote it (for the editor), and {@code preview}, its question text as sanitised HTML as learners
 * will see it.
 */
public record QuestionView(
    long id, String category, List<String> tags, int version, JsonObject content, String preview) {

  // looked up once: Json.createX finds the provider through the ServiceLoader on every call
  private static final JsonProvider JSON = JsonProvider.provider();

  static QuestionView of(Question q) {
    try (var reader =
        JSON.createReader(new StringReader(QuestionJson.write(q.current().content())))) {
      QuestionContent content = q.current().content();
      return new QuestionView(
          q.id(),
          q.category(),
          q.tags(),
          q.current().number(),
          reader.readObject(),
          QuestionText.cached(content.format(), content.text(), q.course().code()));
    }
  }
}
