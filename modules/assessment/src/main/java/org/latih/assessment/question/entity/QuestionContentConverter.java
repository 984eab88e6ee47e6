package org.latih.assessment.question.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores a question's content as JSON, one column per version. A version never changes once written
 * and its content is immutable, so each JSON text is parsed once and shared: every start reads all
 * the versions it asks and every save the one it answers, and in a recorded exam wave of 1,000
 * starts the parsing took 7 % of the server's samples. EclipseLink's shared cache is off (several
 * nodes share one database), so this is the only place that can remember a parse.
 */
@Converter
public class QuestionContentConverter implements AttributeConverter<QuestionContent, String> {

  /** Far more than one exam asks; a region's bank read whole simply parses again. */
  private static final int MAX_PARSED = 512;

  /** Content with long texts or many options is parsed each time rather than kept. */
  private static final int MAX_KEPT_CHARS = 16_384;

  private static final Map<String, QuestionContent> PARSED = new ConcurrentHashMap<>();

  @Override
  public String convertToDatabaseColumn(QuestionContent content) {
    return content == null ? null : QuestionJson.write(content);
  }

  @Override
  public QuestionContent convertToEntityAttribute(String json) {
    if (json == null) {
      return null;
    }
    QuestionContent content = PARSED.get(json);
    if (content == null) {
      content = QuestionJson.read(json);
      if (json.length() <= MAX_KEPT_CHARS) {
        if (PARSED.size() >= MAX_PARSED) {
          PARSED.clear(); // bounded without bookkeeping: the next reads fill it with what is in use
        }
        PARSED.put(json, content);
      }
    }
    return content;
  }
}
