package org.latih.assessment.question.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a learner's response as JSON. */
@Converter
public class ResponseConverter implements AttributeConverter<Response, String> {

  @Override
  public String convertToDatabaseColumn(Response response) {
    return response == null ? null : QuestionJson.write(response);
  }

  @Override
  public Response convertToEntityAttribute(String json) {
    return json == null ? null : QuestionJson.readResponse(json);
  }
}
