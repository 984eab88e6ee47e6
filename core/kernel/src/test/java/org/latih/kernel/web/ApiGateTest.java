package org.latih.kernel.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiGateTest {

  @Test
  void onlyAnAnswerSaveMayBePutOff() {
    assertTrue(ApiGate.answerSave("PUT", "/api/v1/attempts/12/answers/3"));

    assertFalse(ApiGate.answerSave("POST", "/api/v1/quizzes/7/attempts"), "a start");
    assertFalse(ApiGate.answerSave("POST", "/api/v1/attempts/12/submit"), "a submit");
    assertFalse(ApiGate.answerSave("GET", "/api/v1/attempts/12"), "a resume");
    assertFalse(ApiGate.answerSave("GET", "/api/v1/attempts/12/answers/3"));
    assertFalse(ApiGate.answerSave("PUT", "/api/v1/attempts/12/flags/3"), "a flag");
    assertFalse(ApiGate.answerSave("PUT", "/api/v1/attempts/x/answers/3"));
  }
}
