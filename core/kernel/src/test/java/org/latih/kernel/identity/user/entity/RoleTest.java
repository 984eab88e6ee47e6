package org.latih.kernel.identity.user.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.latih.kernel.rest.InvalidInputException;

class RoleTest {

  @ParameterizedTest
  @CsvSource({
    "LEARNER, LEARNER",
    "learner, LEARNER",
    "'  Instructor ', INSTRUCTOR",
    "regional-admin, REGIONAL_ADMIN",
    "regional admin, REGIONAL_ADMIN",
    "Regional_Admin, REGIONAL_ADMIN",
    "system-admin, SYSTEM_ADMIN",
    "evaluator, EVALUATOR",
  })
  void parsesNamesIgnoringCaseDashesAndSpaces(String text, Role expected) {
    assertEquals(expected, Role.parse(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"admin", "peserta", "SYSTEMADMIN", "LEARNERS"})
  void unknownRoleIsRefused(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Role.parse(text));
    assertEquals("role.unknown", e.messageKey());
    assertEquals("roles", e.field());
    assertArrayEquals(new Object[] {text}, e.args());
  }

  @Test
  void onlySystemAdminIsNotRegional() {
    assertFalse(Role.SYSTEM_ADMIN.regional());
    assertTrue(Role.LEARNER.regional());
    assertTrue(Role.INSTRUCTOR.regional());
    assertTrue(Role.REGIONAL_ADMIN.regional());
    assertTrue(Role.EVALUATOR.regional());
  }
}
