package org.latih.kernel.identity.user.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

class ProfileTest {

  private static Profile withGolongan(String golongan) {
    return new Profile("Budi", null, null, null, null, golongan);
  }

  @Test
  void valuesAreStrippedAndBlanksBecomeNull() {
    Profile p = new Profile("  Budi Santoso ", "  ", " Pemkab Bogor ", "", "\t", " iii/A ");
    assertEquals("Budi Santoso", p.name());
    assertNull(p.email());
    assertEquals("Pemkab Bogor", p.instansi());
    assertNull(p.unitKerja());
    assertNull(p.jabatan());
    assertEquals("III/a", p.golongan());
  }

  @ParameterizedTest
  @CsvSource({
    "iii/A, III/a",
    "III / a, III/a",
    "iv/e, IV/e",
    "i/b, I/b",
    "ix, IX",
    "iii, III",
    "xvii, XVII"
  })
  void golonganIsNormalised(String written, String expected) {
    assertEquals(expected, withGolongan(written).golongan());
  }

  @ParameterizedTest
  @ValueSource(strings = {"V/a", "III/f", "3/a", "III-a", "IIIa", "XVIII/a"})
  void unknownGolonganIsRefused(String golongan) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> withGolongan(golongan));
    assertEquals("golongan", e.field());
    assertEquals("golongan.format", e.fieldProblems().get(0).messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"budi", "budi@", "budi@example", "bu di@example.go.id", "a@b@c.id"})
  void malformedEmailIsRefused(String email) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> new Profile("Budi", email, null, null, null, null));
    assertEquals("email", e.field());
    assertEquals("email.format", e.fieldProblems().get(0).messageKey());
  }

  @Test
  void wellFormedEmailIsAccepted() {
    assertEquals(
        "budi.santoso@bogorkab.go.id",
        new Profile("Budi", "budi.santoso@bogorkab.go.id", null, null, null, null).email());
  }

  @Test
  void missingNameIsRequired() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> new Profile("   ", null, null, null, null, null));
    assertEquals("name", e.field());
    assertEquals("field.required", e.fieldProblems().get(0).messageKey());
  }

  @Test
  void overlongFieldsAreRefusedAt201Characters() {
    String max = "x".repeat(200);
    assertEquals(max, new Profile(max, null, max, max, max, null).name());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new Profile("Budi", null, null, max + "x", null, null));
    assertEquals("unitKerja", e.field());
    assertEquals("field.tooLong", e.fieldProblems().get(0).messageKey());
    assertArrayEquals(new Object[] {"unitKerja", 200}, e.fieldProblems().get(0).args());
  }

  @Test
  void everyWrongFieldIsReportedAtOnce() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new Profile(null, "nope", null, null, "j".repeat(201), "Z/z"));
    assertEquals("input.invalid", e.messageKey());
    assertArrayEquals(new Object[] {4}, e.args());
    List<String> fields = e.fieldProblems().stream().map(FieldProblem::field).toList();
    assertEquals(List.of("name", "email", "golongan", "jabatan"), fields);
  }

  @Test
  void withReplacesOnlyTheGivenValues() {
    Profile p = new Profile("Budi", "budi@x.id", "Pemkab", "BKPSDM", "Analis", "III/a");
    Profile changed = p.with(null, null, null, "Bappeda", null, "iii/b");
    assertEquals(new Profile("Budi", "budi@x.id", "Pemkab", "Bappeda", "Analis", "III/b"), changed);
    assertThrows(InvalidInputException.class, () -> p.with(null, "bad", null, null, null, null));
  }
}
