package org.latih.kernel.identity.user.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latih.kernel.rest.InvalidInputException;

class NipTest {

  @Test
  void validNipExposesItsParts() {
    Nip nip = Nip.of("198503152010012001");
    assertEquals("198503152010012001", nip.value());
    assertEquals(LocalDate.of(1985, 3, 15), nip.birthDate());
    assertEquals(YearMonth.of(2010, 1), nip.appointment());
    assertTrue(nip.female());
    assertFalse(Nip.of("197012311995121003").female());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "19850315 201001 2 001",
        "19850315.201001.2.001",
        "19850315-201001-2-001",
        "'  198503152010012001  '"
      })
  void separatorsAndSurroundingSpacesAreDropped(String written) {
    Nip nip = Nip.of(written);
    assertEquals("198503152010012001", nip.value());
    assertEquals(Nip.of("198503152010012001"), nip);
    assertEquals(Nip.of("198503152010012001").hashCode(), nip.hashCode());
    assertEquals("198503152010012001", nip.toString());
  }

  @Test
  void differentNipsAreNotEqual() {
    assertNotEquals(Nip.of("198503152010012001"), Nip.of("198503152010012002"));
  }

  @ParameterizedTest
  @CsvSource({
    "19850315201001200, 17",
    "1985031520100120011, 19",
  })
  void wrongLengthOrNonDigitsAreRefusedWithFormatKey(String text, int counted) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of(text));
    assertEquals("nip.format", e.messageKey());
    assertEquals("nip", e.field());
    assertEquals(400, e.type().status());
    assertArrayEquals(new Object[] {text, counted}, e.args());
  }

  @ParameterizedTest
  @CsvSource({"19850315201001200A", "198503152010012OO1", "abc", "١٩٨٥٠٣١٥٢٠١٠٠١٢٠٠١"})
  void nonDigitsAreRefusedWithFormatKey(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of(text));
    assertEquals("nip.format", e.messageKey());
    assertEquals(text, e.args()[0]);
  }

  @Test
  void nullAndEmptyAreRefusedWithFormatKey() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of(null));
    assertEquals("nip.format", e.messageKey());
    assertArrayEquals(new Object[] {"", 0}, e.args());
    assertEquals(
        "nip.format", assertThrows(InvalidInputException.class, () -> Nip.of("")).messageKey());
  }

  @ParameterizedTest
  @CsvSource({
    "198513152010012001, 19851315", // month 13
    "198500152010012001, 19850015", // month 0
    "198502312010012001, 19850231", // 31 February
    "198702292010012001, 19870229", // 29 February in a non-leap year
    "198503002010012001, 19850300", // day 0
    "189912312010012001, 18991231", // before 1900
    "299901012010012001, 29990101", // in the future
  })
  void impossibleBirthDateIsRefused(String text, String part) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of(text));
    assertEquals("nip.birthDate", e.messageKey());
    assertArrayEquals(new Object[] {part}, e.args());
  }

  @Test
  void leapDayBirthDateIsAccepted() {
    assertEquals(LocalDate.of(1988, 2, 29), Nip.of("198802292010012001").birthDate());
  }

  @ParameterizedTest
  @CsvSource({
    "198503152010132001, 201013", // month 13
    "198503152010002001, 201000", // month 0
    "198503151980012001, 198001", // before birth
    "198503152999012001, 299901", // in the future
  })
  void badAppointmentMonthIsRefused(String text, String part) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of(text));
    assertEquals("nip.appointment", e.messageKey());
    assertArrayEquals(new Object[] {part}, e.args());
  }

  @ParameterizedTest
  @CsvSource({"198503152010013001, 3", "198503152010010001, 0", "198503152010019001, 9"})
  void genderDigitOtherThanOneOrTwoIsRefused(String text, String digit) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of(text));
    assertEquals("nip.gender", e.messageKey());
    assertArrayEquals(new Object[] {digit}, e.args());
  }
}
