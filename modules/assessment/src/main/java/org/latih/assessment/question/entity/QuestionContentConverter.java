package org.latih.assessment.question.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a question's content as JSON, one column per version. */
@Converter
public class QuestionContentConverter implements AttributeConverter<QuestionContent, String> {

  @Override
  public String convertToDatabaseColumn(QuestionContent content) {
    return content == null ? null : QuestionJson.write(content);
  }

  @Override
  public QuestionContent convertToEntityAttribute(String json) {
    return json == null ? null : QuestionJson.read(json);
  }
}
