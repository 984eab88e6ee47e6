package org.latih.kernel.identity.user.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latih.kernel.identity.user.control.Csv.Row;
import org.latih.kernel.rest.InvalidInputException;

class CsvTest {

  private static List<List<String>> cells(String text) {
    return Csv.parse(text).stream().map(Row::cells).toList();
  }

  @Test
  void plainCommaSeparatedRows() {
    List<Row> rows = Csv.parse("nip,name\n198503152010011001,Budi\n");
    assertEquals(2, rows.size());
    assertEquals(new Row(1, List.of("nip", "name")), rows.get(0));
    assertEquals(new Row(2, List.of("198503152010011001", "Budi")), rows.get(1));
  }

  @Test
  void lastLineWithoutNewlineIsKept() {
    assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), cells("a,b\r\n1,2"));
  }

  @Test
  void crlfAndLoneCrEndLines() {
    assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), cells("a\r\nb\rc\r\n"));
  }

  @Test
  void quotedFieldsMayHoldCommasQuotesAndNewlines() {
    List<Row> rows =
        Csv.parse("name,jabatan\n\"Santoso, Budi\",\"Kepala \"\"Seksi\"\"\nUmum\"\nx,y");
    assertEquals(List.of("Santoso, Budi", "Kepala \"Seksi\"\nUmum"), rows.get(1).cells());
    assertEquals(2, rows.get(1).line());
    assertEquals(4, rows.get(2).line(), "line numbers count the newline inside the quotes");
  }

  @Test
  void emptyAndQuotedEmptyCells() {
    assertEquals(List.of(List.of("a", "", "", "")), cells("a,,\"\","));
  }

  @Test
  void semicolonIsUsedWhenTheHeaderUsesIt() {
    assertEquals(
        List.of(List.of("nip", "name", "unit"), List.of("1", "Santoso, Budi", "x")),
        cells("nip;name;unit\n1;Santoso, Budi;x\n"));
  }

  @Test
  void commaWinsWhenTheHeaderHasMoreCommas() {
    assertEquals(List.of(List.of("a;b", "c", "d")), cells("a;b,c,d"));
  }

  @Test
  void byteOrderMarkIsDropped() {
    assertEquals(List.of(List.of("nip", "name")), cells("\uFEFFnip,name"));
  }

  @Test
  void emptyLinesBecomeBlankRows() {
    List<Row> rows = Csv.parse("a,b\n\n1,2\n , \n");
    assertEquals(4, rows.size());
    assertTrue(rows.get(1).blank());
    assertEquals(2, rows.get(1).line());
    assertEquals(new Row(3, List.of("1", "2")), rows.get(2));
    assertTrue(rows.get(3).blank());
    assertFalse(rows.get(2).blank());
  }

  @Test
  void emptyTextHasNoRows() {
    assertEquals(List.of(), Csv.parse(""));
    assertEquals(List.of(), Csv.parse("\uFEFF"));
  }

  @Test
  void whitespaceAroundAQuotedFieldIsIgnored() {
    assertEquals(List.of(List.of("a", "b c")), cells("a, \"b c\" "));
  }

  @Test
  void unterminatedQuoteIsRefusedNamingTheLineItOpened() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Csv.parse("a,b\n1,\"Budi\n2,x\n"));
    assertEquals("csv.unterminatedQuote", e.messageKey());
    assertEquals("file", e.field());
    assertArrayEquals(new Object[] {2}, e.args());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a,b\n1,Bu\"di\n", "a,b\n1,\"Bu\"di\n", "a,b\n1,\"x\" \"y\"\n"})
  void quoteInTheMiddleOfAFieldIsRefusedNamingTheLine(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Csv.parse(text));
    assertEquals("csv.strayQuote", e.messageKey());
    assertArrayEquals(new Object[] {2}, e.args());
  }
}
