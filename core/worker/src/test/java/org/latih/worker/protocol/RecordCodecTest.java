package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.Section;
import org.latih.api.forms.Timing;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.Chart;
import org.latih.api.reports.ChartKind;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;
import org.latih.api.reports.Series;
import org.latih.api.reports.Table;

class RecordCodecTest {

  @Test
  void aRequestWithEveryKindOfOutcomeRowArrivesEqual() throws IOException {
    OutcomeSnapshot outcomes =
        new OutcomeSnapshot(
            "kupang",
            List.of(new EnrolmentRow("k-1", "2025-a", "Dinas \"Kesehatan\"\n", 2025, true, 3)),
            List.of(new AttendanceRow("k-1", null, "s-1", "webinar", "Bappeda", false)),
            List.of(new ScoreRow("k-1", "2025-a", "Bappeda", null, 87.5)),
            Map.of(
                "reaksi",
                List.of(new ResponseRow("reaksi", "k-1", null, null, Map.of("puas", "5")))),
            List.of(new IndicatorRow("Bappeda", "ikm", "2025-Q3", -0.25)));
    Request request = Request.build(7, "ringkasan", new ReportRequest(null, 2025), outcomes);

    Request back = Protocol.readRequest(new java.io.ByteArrayInputStream(Protocol.bytes(request)));

    assertEquals(request, back);
    assertEquals(outcomes.formResponses("reaksi"), back.outcomes().formResponses("reaksi"));
  }

  @Test
  void aReadyLineCarriesFormsAndReportsAndANaNStaysNaN() throws IOException {
    FormDefinition form =
        new FormDefinition(
            "kepuasan-peserta",
            1,
            "Kepuasan",
            null,
            Audience.PARTICIPANT,
            Timing.daysAfterCompletion(90),
            true,
            List.of(
                new Section(
                    "Materi",
                    List.of(
                        Item.likert("jelas", "Jelas?", "materi", List.of("1", "2", "3")),
                        Item.text("saran", "Saran")))));
    Report report =
        new Report(
            "Ringkasan",
            List.of(new KeyFigure("Peserta", "12", null)),
            List.of(new Table("T", List.of("a", "b"), List.of(List.of("1", "2")))),
            List.of(
                new Chart(
                    ChartKind.BAR,
                    "C",
                    List.of("x"),
                    List.of(new Series("s", Arrays.asList(Double.NaN, null, 1e-300))))),
            List.of("Baik."));

    Answer ready =
        Answer.ready("uji", "1.0.0", List.of(form), List.of(new ReportDefinition("r", "R", "d")));
    Answer built = Answer.built(3, report);

    assertEquals(ready, Protocol.readAnswer(line(ready)));
    assertEquals(built, Protocol.readAnswer(line(built)));
  }

  @Test
  void theReadyLineCarriesTheReportsInEachFurtherLanguage() throws IOException {
    Answer ready =
        Answer.ready(
            "uji",
            "1.0.0",
            List.of(),
            List.of(new ReportDefinition("r", "Ringkasan", "Jumlah peserta")),
            Map.of("en", List.of(new ReportDefinition("r", "Summary", "Participants"))));

    Answer read = Protocol.readAnswer(line(ready));

    assertEquals("Summary", read.reportsIn().get("en").get(0).title());
    assertEquals(ready, read);
    OutcomeSnapshot none =
        new OutcomeSnapshot("uji", List.of(), List.of(), List.of(), Map.of(), List.of());
    Request request = Request.build(8, "r", new ReportRequest(null, 2025, "en"), none);
    Request back = Protocol.readRequest(new java.io.ByteArrayInputStream(Protocol.bytes(request)));
    assertEquals("en", back.request().language());
  }

  @Test
  void aFormThePluginCouldNotHaveBuiltIsRefusedByTheApiRecord() {
    String json =
        "{\"v\":6,\"id\":0,\"ok\":true,\"forms\":[{\"id\":\"Bad Id\",\"version\":1,\"title\":\"x\","
            + "\"audience\":\"PARTICIPANT\",\"timing\":{\"kind\":\"COURSE_END\"},\"sections\":[]}]}";

    InvalidMessageException e =
        assertThrows(InvalidMessageException.class, () -> Protocol.readAnswer(bytes(json)));
    assertTrue(e.getMessage().contains("kebab-case"), e.getMessage());
  }

  @Test
  void brokenOrForeignLinesAreRefusedWithTheReason() {
    assertThrows(InvalidMessageException.class, () -> Protocol.readAnswer(bytes("{\"v\":6,")));
    assertThrows(InvalidMessageException.class, () -> Protocol.readAnswer(bytes("")));
    assertThrows(InvalidMessageException.class, () -> Protocol.readAnswer(bytes("{\"v\":6} {}")));
    assertThrows(InvalidMessageException.class, () -> Protocol.readAnswer(bytes("{\"v\":1}")));
    assertThrows(
        InvalidMessageException.class, () -> Protocol.readAnswer(bytes("{\"v\":6,\"id\":1.5}")));
    assertThrows(
        InvalidMessageException.class,
        () -> Protocol.readAnswer(bytes("{\"v\":6,\"ok\":\"yes\"}")));
    InvalidMessageException e =
        assertThrows(
            InvalidMessageException.class,
            () ->
                Protocol.readAnswer(
                    bytes("{\"v\":6,\"report\":{\"charts\":[{\"kind\":\"DONUT\"}]}}")));
    assertTrue(e.getMessage().contains("BAR"), "names the known kinds: " + e.getMessage());
  }

  @Test
  void aRequestThatCannotBeReadStillNamesItsIdIfItsJsonDoes() {
    assertEquals(
        OptionalLong.of(7),
        Protocol.requestId(bytes("{\"later\":{\"id\":3},\"v\":6,\"id\":7,\"op\":1}")));
    assertEquals(OptionalLong.empty(), Protocol.requestId(bytes("{\"id\":1.5}")));
    assertEquals(OptionalLong.empty(), Protocol.requestId(bytes("{\"v\":6,")));
    assertEquals(OptionalLong.empty(), Protocol.requestId(bytes("[7]")));
  }

  @Test
  void fieldsANewerSenderAddsAreSkipped() {
    Answer answer =
        Protocol.readAnswer(
            bytes("{\"v\":6,\"id\":4,\"later\":{\"a\":[1,{\"b\":2}]},\"more\":[[]],\"ok\":true}"));

    assertEquals(4, answer.id());
    assertTrue(answer.ok());
  }

  private static byte[] line(Record message) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Protocol.writeLine(message, out);
    byte[] line = out.toByteArray();
    assertArrayEquals(line, Protocol.bytes(message), "as the host sends requests");
    assertEquals('\n', line[line.length - 1]);
    assertEquals(
        1, new String(line, StandardCharsets.UTF_8).split("\n", -1).length - 1, "one line");
    return Arrays.copyOf(line, line.length - 1);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
