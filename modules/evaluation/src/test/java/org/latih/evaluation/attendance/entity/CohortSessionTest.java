package org.latih.evaluation.attendance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

class CohortSessionTest {

  @Test
  void deliveryModesAreTheFourCodesThePluginsKnow() {
    assertEquals(DeliveryMode.E_LEARNING, DeliveryMode.of(" E-Learning ").orElseThrow());
    assertEquals("e-learning", DeliveryMode.E_LEARNING.code());
    assertEquals(DeliveryMode.WEBINAR, DeliveryMode.of("webinar").orElseThrow());
    assertEquals(true, DeliveryMode.of("zoom").isEmpty());
    assertEquals(true, DeliveryMode.of(null).isEmpty());
  }

  @Test
  void aPlanNeedsATitleADateAndAMode() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> new CohortSession.Plan(" ", null, null, null, null));
    assertEquals(
        List.of("title", "date", "deliveryMode"),
        e.fieldProblems().stream().map(FieldProblem::field).toList());
  }

  @Test
  void aPlanIsTrimmedAndABlankPlaceIsNone() {
    CohortSession.Plan plan =
        new CohortSession.Plan(
            " Hari 1 ", LocalDate.of(2025, 7, 1), null, DeliveryMode.CLASSROOM, "  ");
    assertEquals("Hari 1", plan.title());
    assertNull(plan.place());
  }
}
