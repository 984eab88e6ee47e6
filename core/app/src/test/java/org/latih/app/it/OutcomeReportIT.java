package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JP compliance and the outcome report across courses over HTTP, on the small cohort of {@link
 * OutcomeCohort} (its table is the data); every figure below is worked out by hand from it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomeReportIT {

  private static OutcomeCohort seeded;

  @ArquillianResource URL base;

  private OutcomeCohort cohort() {
    if (seeded == null) {
      seeded = OutcomeCohort.seed(base);
    }
    return seeded;
  }

  private static int year() {
    return LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
  }

  private static double number(JsonObject o, String name) {
    return o.getJsonNumber(name).doubleValue();
  }

  private static boolean isNull(JsonObject o, String name) {
    return !o.containsKey(name) || o.get(name).getValueType() == JsonValue.ValueType.NULL;
  }

  private static JsonObject get(Api who, String path) {
    Api.Reply reply = who.get(path);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  @Test
  void jpComplianceCountsEveryoneOfTheRegionWithTheirShortfall() {
    OutcomeCohort c = cohort();
    // ani and budi completed the 12-JP course; citra, dedi and eka have 0 JP: 24 JP over 5
    JsonObject r = get(c.evaluator(), "api/v1/report/jp-compliance?year=" + year());
    assertEquals(c.region(), r.getString("region"));
    assertEquals(20, r.getInt("target"), "the configured default target");
    JsonObject total = r.getJsonObject("total");
    assertEquals(5, total.getInt("people"), "eka, with no training at all, counts");
    assertEquals(0, total.getInt("reached"));
    assertEquals(5, total.getInt("below"));
    assertEquals(0.0, number(total, "rate"), 1e-12);
    assertEquals(4.8, number(total, "meanJp"), 1e-12);

    List<JsonObject> units = r.getJsonArray("units").getValuesAs(JsonObject.class);
    assertEquals(2, units.size(), units::toString);
    assertEquals(c.unitA(), units.get(0).getString("unitKerja"));
    assertEquals(3, units.get(0).getJsonObject("tally").getInt("people"));
    assertEquals(8.0, number(units.get(0).getJsonObject("tally"), "meanJp"), 1e-12);
    assertEquals(0.0, number(units.get(1).getJsonObject("tally"), "meanJp"), 1e-12);

    // largest shortfall first: the three with 0 JP (20 short), then ani and budi (8 short)
    JsonObject people = r.getJsonObject("people");
    assertEquals(5, people.getInt("totalItems"));
    List<JsonObject> items = people.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(20, 20, 20, 8, 8), items.stream().map(p -> p.getInt("shortfall")).toList());
    assertEquals(List.of(0, 0, 0, 12, 12), items.stream().map(p -> p.getInt("jp")).toList());
    assertTrue(items.get(0).getString("name").startsWith("Citra"), items.get(0)::toString);
    assertTrue(items.get(2).getString("name").startsWith("Eka"));
    assertEquals(
        "api/v1/report/people/" + items.get(2).getJsonNumber("userId") + "/transcript.pdf",
        items.get(2).getString("transcriptPdf"));
    assertEquals(c.nips().get("eka"), items.get(2).getString("nip"));

    // this month: 24 JP credited; with a 20-JP target nobody has reached it
    int month = LocalDate.now(ZoneId.of("Asia/Jakarta")).getMonthValue();
    JsonObject now = r.getJsonArray("months").getJsonObject(month - 1);
    assertEquals(24, now.getInt("jp"));
    assertEquals(0, now.getInt("reachedByEnd"));
  }

  @Test
  void thePeopleListIsSortedAndPagedByTheDatabaseInEachOrder() {
    OutcomeCohort c = cohort();
    String people = "api/v1/report/jp-compliance?year=" + year() + "&sort=";
    assertEquals(
        List.of("Ani", "Budi", "Citra", "Dedi", "Eka"), names(c.evaluator(), people + "jp"));
    assertEquals(List.of("Citra", "Dedi"), names(c.evaluator(), people + "jp&size=2&page=2"));
    assertEquals(
        List.of("Ani", "Budi", "Citra", "Dedi", "Eka"), names(c.evaluator(), people + "name"));
    // Dinas A before Dinas B, the fewest JP first within each
    assertEquals(
        List.of("Citra", "Ani", "Budi", "Dedi", "Eka"), names(c.evaluator(), people + "unitKerja"));
  }

  @Test
  void peopleWithoutAUnitKerjaComeLastInTheListAsInTheUnitsTableOnEitherDatabase() {
    String region = Regions.create(base, "tanpa-unit");
    Api evaluator = People.signIn(base, People.create(base, region, "EVALUATOR"));
    People.create(base, region, "LEARNER"); // named "Uji …", no unit kerja
    OutcomeCohort.person(base, region, "Beta", "Dinas B", "Analis Kebijakan", "III/a");
    OutcomeCohort.person(base, region, "Alfa", "Dinas A", "Analis Kebijakan", "III/a");
    JsonObject r = get(evaluator, "api/v1/report/jp-compliance?sort=unitKerja&year=" + year());
    assertEquals(List.of("Alfa", "Beta", "Uji"), names(r));
    // the units' table: the people without one are the last row, with no unit kerja
    assertEquals(
        List.of("Dinas A", "Dinas B", "-"),
        r.getJsonArray("units").getValuesAs(JsonObject.class).stream()
            .map(u -> isNull(u, "unitKerja") ? "-" : u.getString("unitKerja"))
            .toList());
  }

  /** The first names of the people list's page, in its order. */
  private static List<String> names(Api who, String path) {
    return names(get(who, path));
  }

  private static List<String> names(JsonObject report) {
    return report.getJsonObject("people").getJsonArray("items").stream()
        .map(p -> p.asJsonObject().getString("name").split(" ")[0])
        .toList();
  }

  @Test
  void theYearsTrainingsDownloadInTheFieldsOfSiasnAndTheReportAsAFile() {
    OutcomeCohort c = cohort();
    Api.Reply siasn =
        c.evaluator().get("api/v1/report/jp-compliance/siasn?format=csv&year=" + year());
    assertEquals(200, siasn.status(), siasn::toString);
    List<String> lines = siasn.body().lines().toList();
    assertEquals(
        "\uFEFFNama;NIP;Nama pelatihan;Jenis kompetensi;Tanggal mulai;Tanggal selesai;Jumlah JP;"
            + "Nomor sertifikat",
        lines.get(0));
    // ani and budi completed the 12-JP course; the others had no training to report
    assertEquals(3, lines.size(), siasn::body);
    String ani =
        lines.stream().filter(l -> l.contains(c.nips().get("ani"))).findFirst().orElseThrow();
    assertTrue(ani.contains(c.courseTitle()), ani);
    assertTrue(ani.contains(";12;"), ani);

    Api.Reply file =
        c.evaluator().get("api/v1/report/jp-compliance/file?format=csv&year=" + year());
    assertEquals(200, file.status(), file::toString);
    assertTrue(file.body().contains(c.nips().get("eka")), "everyone, not a page of them");
    c.evaluator().get("api/v1/report/outcomes/file?format=doc").problem(400);
  }

  @Test
  void aLowerTargetAUnitAndThePeopleBelowItNarrowTheReport() {
    OutcomeCohort c = cohort();
    String unit = java.net.URLEncoder.encode(c.unitA(), java.nio.charset.StandardCharsets.UTF_8);
    JsonObject r =
        get(
            c.evaluator(),
            "api/v1/report/jp-compliance?target=12&below=true&unitKerja="
                + unit
                + "&year="
                + year());
    assertEquals(12, r.getInt("target"));
    JsonObject total = r.getJsonObject("total");
    assertEquals(3, total.getInt("people"));
    assertEquals(2, total.getInt("reached"), "ani and budi reached 12 JP");
    assertEquals(2.0 / 3, number(total, "rate"), 1e-12);
    JsonObject people = r.getJsonObject("people");
    assertEquals(1, people.getInt("totalItems"), "only citra is below 12 in Dinas A");
    assertEquals(12, people.getJsonArray("items").getJsonObject(0).getInt("shortfall"));
    int month = LocalDate.now(ZoneId.of("Asia/Jakarta")).getMonthValue();
    assertEquals(2, r.getJsonArray("months").getJsonObject(month - 1).getInt("reachedByEnd"));
    // the units' table still shows every unit, for comparison
    assertEquals(2, r.getJsonArray("units").size());
    assertEquals(
        0,
        get(c.evaluator(), "api/v1/report/jp-compliance?year=2001")
            .getJsonObject("total")
            .getInt("reached"));
  }

  @Test
  void theOutcomeReportsRatesMeansAndGainAreTheHandComputedOnes() {
    OutcomeCohort c = cohort();
    JsonObject r =
        get(c.evaluator(), "api/v1/report/outcomes?course=" + c.course() + "&year=" + year());
    assertEquals(10, r.getInt("minSample"));
    assertEquals(1, r.getJsonArray("groups").size());
    JsonObject group = r.getJsonArray("groups").getJsonObject(0);
    assertEquals(c.courseTitle(), group.getString("label"));
    JsonObject f = group.getJsonObject("figures");
    assertEquals(4, f.getInt("enrolled"));
    assertEquals(3, f.getInt("attended"), "ani, budi and dedi were there");
    assertEquals(0.75, number(f, "attendanceRate"), 1e-12);
    assertEquals(2, f.getInt("completed"));
    assertEquals(0.5, number(f, "completionRate"), 1e-12);
    // pre: (25 + 50 + 50 + 0) / 4; post: (100 + 75 + 50) / 3
    assertEquals(31.25, number(f.getJsonObject("pre"), "mean"), 1e-9);
    assertEquals(4, f.getJsonObject("pre").getInt("n"));
    assertEquals(75.0, number(f.getJsonObject("post"), "mean"), 1e-9);

    // matched pairs: ani 25 → 100 (g = 1), budi 50 → 75 (0.5), citra 50 → 50 (0)
    JsonObject gain = f.getJsonObject("gain");
    assertEquals(3, gain.getInt("pairs"));
    assertEquals(0.5, number(gain, "meanGain"), 1e-9);
    // class gain (75 − 41.67) / (100 − 41.67) = 33.33 / 58.33 = 4/7
    assertEquals(4.0 / 7, number(gain, "classGain"), 1e-9);
    assertEquals(1, gain.getInt("low"));
    assertEquals(1, gain.getInt("medium"));
    assertEquals(1, gain.getInt("high"));
    // differences 75, 25, 0: mean 100/3, sd √(8750/6) = 38.19; t = 1.5119, df = 2
    assertEquals(1.5118578920369088, number(gain, "t"), 1e-9);
    assertEquals(2, gain.getInt("df"));
    // three pairs are fewer than ten: no p and no effect size, a warning in both languages
    assertTrue(isNull(gain, "p"), gain::toString);
    assertTrue(isNull(gain, "effectSize"), gain::toString);
    JsonObject warning = gain.getJsonObject("warning");
    assertTrue(warning.getString("id").startsWith("Hanya 3 peserta"), warning::toString);
    assertTrue(warning.getString("en").startsWith("Only 3 learners"), warning::toString);

    // post-test: 100 and 75 reach 70, 50 does not
    JsonObject pass = f.getJsonObject("pass");
    assertEquals(3, pass.getInt("taken"));
    assertEquals(2, pass.getInt("passed"));
    assertEquals(2.0 / 3, number(pass, "rate"), 1e-12);
    assertEquals(24, f.getInt("jp"));
    // level 1: materi (4 + 3) / 2, sarana (3 + 2) / 2, each on 1–4 from two answers
    List<JsonObject> reaction = f.getJsonArray("reaction").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("materi", "sarana"), reaction.stream().map(x -> x.getString("aspect")).toList());
    assertEquals(3.5, number(reaction.get(0), "mean"), 1e-12);
    assertEquals(2.5, number(reaction.get(1), "mean"), 1e-12);
    assertEquals(2, reaction.get(1).getInt("n"));
    assertEquals(4, reaction.get(1).getInt("scaleMax"));
    // level 3: ani's plan, followed up by budi
    JsonObject followUp = f.getJsonObject("followUp");
    assertEquals(1, followUp.getInt("plans"));
    assertEquals(1, followUp.getInt("followedUp"));
    assertEquals(1, followUp.getInt("terlaksana"));
    assertEquals(1, followUp.getInt("sebagian"));
    assertEquals(0, followUp.getInt("belum"));
    assertEquals(3.0, number(followUp, "meanScore"), 1e-12);
    // nothing last year: no comparison rather than a change from zero
    assertTrue(isNull(group, "previous") && isNull(group, "delta"), group::toString);
  }

  @Test
  void theOutcomeReportGroupsByUnitRankAndPositionAndListsItsLearners() {
    OutcomeCohort c = cohort();
    JsonObject byUnit =
        get(c.evaluator(), "api/v1/report/outcomes?course=" + c.course() + "&groupBy=unitKerja");
    List<JsonObject> groups = byUnit.getJsonArray("groups").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(c.unitA(), c.unitB()), groups.stream().map(g -> g.getString("label")).toList());
    JsonObject a = groups.get(0).getJsonObject("figures");
    JsonObject b = groups.get(1).getJsonObject("figures");
    assertEquals(3, a.getInt("enrolled"));
    assertEquals(2.0 / 3, number(a, "completionRate"), 1e-12);
    assertEquals(1, b.getInt("enrolled"));
    assertEquals(0.0, number(b.getJsonObject("pre"), "mean"), 1e-12);
    assertTrue(isNull(b.getJsonObject("post"), "mean"), "dedi has no post-test: no data, not 0");
    assertTrue(isNull(b, "gain") && isNull(b, "pass"), b::toString);
    assertTrue(
        b.getJsonArray("reaction").isEmpty(), "dedi answered no form: no reaction, no zeros");
    assertTrue(isNull(b.getJsonObject("followUp"), "meanScore"));
    assertEquals(1, a.getJsonObject("followUp").getInt("plans"));

    JsonObject byRank =
        get(c.evaluator(), "api/v1/report/outcomes?course=" + c.course() + "&groupBy=golongan");
    assertEquals(
        List.of("II/c", "III/a", "III/b"),
        byRank.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
            .map(g -> g.getString("key"))
            .toList());
    JsonObject analysts =
        get(
            c.evaluator(),
            "api/v1/report/outcomes?course="
                + c.course()
                + "&jabatan=Analis%20Kebijakan&groupBy=cohort");
    JsonObject onlyCohort = analysts.getJsonArray("groups").getJsonObject(0);
    assertEquals(String.valueOf(c.cohort()), onlyCohort.getString("key"));
    assertEquals(2, onlyCohort.getJsonObject("figures").getInt("enrolled"), "ani and budi");

    List<JsonObject> learners =
        ((jakarta.json.JsonArray)
                c.evaluator()
                    .get("api/v1/report/outcomes/learners?cohort=" + c.cohort())
                    .structure())
            .getValuesAs(JsonObject.class);
    assertEquals(4, learners.size());
    JsonObject ani = learners.get(0);
    assertTrue(ani.getString("name").startsWith("Ani"), ani::toString);
    assertEquals(1.0, number(ani, "gain"), 1e-12);
    assertEquals(OutcomeCohort.JP, ani.getInt("jp"));
    JsonObject dedi = learners.get(3);
    assertTrue(isNull(dedi, "post") && isNull(dedi, "gain"), dedi::toString);

    JsonObject choices = get(c.evaluator(), "api/v1/report/choices");
    assertTrue(
        choices.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
            .anyMatch(x -> x.getString("title").equals(c.courseTitle())));
    assertTrue(
        choices.getJsonArray("cohorts").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                x ->
                    x.getJsonNumber("id").longValue() == c.cohort()
                        && x.getString("name").equals(c.cohortName())
                        && x.getString("course").equals(c.course())),
        choices::toString);
    assertTrue(
        choices.getJsonArray("years").getValuesAs(JsonNumber.class).stream()
            .anyMatch(y -> y.intValue() == year()));
    assertEquals(
        List.of(c.unitA(), c.unitB()),
        choices.getJsonArray("units").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
  }

  @Test
  void anotherRegionSeesNothingOfItAndALearnerIsRefused() {
    OutcomeCohort c = cohort();
    Api solok = People.signIn(base, People.create(base, "solok", "EVALUATOR"));
    solok.get("api/v1/report/outcomes?region=" + c.region()).problem(403);
    solok.get("api/v1/report/jp-compliance?region=" + c.region()).problem(403);
    JsonObject own = get(solok, "api/v1/report/outcomes?course=" + c.course());
    assertEquals(0, own.getJsonObject("total").getJsonObject("figures").getInt("enrolled"));
    assertFalse(
        solok.get("api/v1/report/jp-compliance?size=100").body().contains(c.nips().get("eka")));
    assertFalse(solok.get("api/v1/report/choices").body().contains(c.course()));
    Api learner = People.signIn(base, c.nips().get("ani"));
    learner.get("api/v1/report/outcomes").problem(403);
    learner.get("api/v1/report/jp-compliance").problem(403);
    learner.get("api/v1/report/choices").problem(403);
    c.evaluator().get("api/v1/report/outcomes?groupBy=colour").problem(400);
    // a system admin chooses the region
    JsonObject admin = get(Api.admin(base), "api/v1/report/jp-compliance?region=" + c.region());
    assertEquals(5, admin.getJsonObject("total").getInt("people"));
  }

  @Test
  void theReportsCostTheSameStatementsWhateverTheSizeOfTheGroup() {
    OutcomeCohort c = cohort();
    String unitA = java.net.URLEncoder.encode(c.unitA(), java.nio.charset.StandardCharsets.UTF_8);
    String unitB = java.net.URLEncoder.encode(c.unitB(), java.nio.charset.StandardCharsets.UTF_8);
    // Dinas A has three enrolments, Dinas B one
    int three =
        statements(c.evaluator().get("api/v1/report/outcomes?groupBy=cohort&unitKerja=" + unitA));
    int one =
        statements(c.evaluator().get("api/v1/report/outcomes?groupBy=cohort&unitKerja=" + unitB));
    assertEquals(one, three, "1 and 3 enrolments");
    assertTrue(three <= 16, "the outcome report ran " + three);
    // a region of one learner without training against the seeded one of five with credits
    String small = Regions.create(base, "kecil");
    People.create(base, small, "LEARNER");
    Api admin = Api.admin(base);
    int oneLearner = statements(admin.get("api/v1/report/jp-compliance?region=" + small));
    int fiveLearners = statements(admin.get("api/v1/report/jp-compliance?region=" + c.region()));
    assertEquals(oneLearner, fiveLearners, "1 and 5 people");
    assertTrue(fiveLearners <= 8, "JP compliance ran " + fiveLearners);
    assertNotNull(c);
  }

  private static int statements(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    String header = reply.header("X-Latih-Statements");
    assertNotNull(header, "the test server reports statements: " + reply);
    return Integer.parseInt(header);
  }
}
