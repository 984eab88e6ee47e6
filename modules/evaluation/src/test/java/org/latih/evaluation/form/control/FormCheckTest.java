package org.latih.evaluation.form.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.TimingKind;
import org.latih.evaluation.form.entity.FormJson;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

class FormCheckTest {

  private static final String GOOD =
      """
      {"id":"penilaian-atasan","title":"Penilaian Atasan","audience":"SUPERVISOR",
       "timing":{"kind":"AFTER_COMPLETION","daysAfter":90},"anonymous":false,
       "sections":[{"title":"Penerapan","items":[
         {"id":"penerapan","kind":"LIKERT","text":"Peserta menerapkan hasil pelatihan","required":true,
          "aspect":"perilaku","scaleMin":1,"scaleMax":4,
          "scaleLabels":["Tidak pernah","Jarang","Sering","Selalu"]},
         {"id":"bentuk","kind":"SINGLE_CHOICE","text":"Bentuk penerapan","options":["SOP","Layanan baru"]},
         {"id":"catatan","kind":"TEXT","text":"Catatan"}]}]}
      """;

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static List<String> fields(String draft) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> FormCheck.definition(json(draft), 1));
    return e.fieldProblems().stream().map(FieldProblem::field).toList();
  }

  @Test
  void aGoodDraftBecomesTheDefinitionWithTheHostsVersion() {
    FormDefinition form = FormCheck.definition(json(GOOD), 3);
    assertEquals("penilaian-atasan", form.id());
    assertEquals(3, form.version());
    assertEquals(Audience.SUPERVISOR, form.audience());
    assertEquals(TimingKind.AFTER_COMPLETION, form.timing().kind());
    assertEquals(90, form.timing().daysAfter());
    assertEquals(ItemKind.LIKERT, form.sections().get(0).items().get(0).kind());
    assertEquals(4, form.sections().get(0).items().get(0).scaleLabels().size());
  }

  @Test
  void storedJsonReadsBackAsTheSameDefinition() {
    FormDefinition form = FormCheck.definition(json(GOOD), 2);
    assertEquals(form, FormJson.read(FormJson.write(form)));
  }

  @Test
  void everyMistakeIsReportedAtItsPlace() {
    String bad =
        GOOD.replace("\"penilaian-atasan\"", "\"Penilaian Atasan!\"")
            .replace("\"daysAfter\":90", "\"daysAfter\":0")
            .replace("[\"SOP\",\"Layanan baru\"]", "[\"SOP\"]")
            .replace("\"id\":\"catatan\"", "\"id\":\"penerapan\"")
            .replace("\"Jarang\",", "");
    List<String> fields = fields(bad);
    assertTrue(fields.contains("id"), fields::toString);
    assertTrue(fields.contains("timing.daysAfter"), fields::toString);
    assertTrue(fields.contains("sections[0].items[1].options"), fields::toString);
    assertTrue(fields.contains("sections[0].items[2].id"), fields::toString);
    assertTrue(fields.contains("sections[0].items[0].scaleLabels"), fields::toString);
  }

  @Test
  void aFormNeedsSectionsWithItemsAndAnAudience() {
    List<String> fields =
        fields(
            "{\"id\":\"kosong\",\"title\":\"Kosong\",\"sections\":[{\"title\":\"A\",\"items\":[]}]}");
    assertTrue(fields.contains("audience"), fields::toString);
    assertTrue(fields.contains("timing.kind"), fields::toString);
    assertTrue(fields.contains("sections[0].items"), fields::toString);
  }
}
