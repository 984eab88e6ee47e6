package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rolling out a region's imported ASN: their admin issues one-time codes, each person activates
 * with NIP and code, sets their own password and is signed in; a code works once, only until it
 * expires, only for its region's admin to issue, and every way of getting it wrong looks the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivationIT {

  private static final String CODE = "[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}";
  private static final String NEW_PASSWORD = "Sandi-Pilihan-Sendiri-1";

  @ArquillianResource URL base;

  @Test
  void importedPeopleActivateWithTheirCodeOnceAndSignInWithTheirOwnPassword() {
    Activation region = Activation.region(base, 3, Map.of());
    Api.Reply issued = region.admin().post("api/v1/users/activation-codes", "{\"days\":7}");
    Map<String, String> codes = Activation.codes(issued);
    assertEquals(3, issued.json().getInt("issued"));
    assertEquals(3, codes.size(), "every imported person without a password, nobody else");
    assertTrue(codes.keySet().containsAll(region.nips()), issued::toString);
    codes.values().forEach(c -> assertTrue(c.matches(CODE), c));
    assertEquals("no-store", issued.header("Cache-Control"));
    String csv = issued.json().getString("csv");
    assertTrue(csv.startsWith("\uFEFFnip;nama;unit_kerja;kode_aktivasi;berlaku_sampai\r\n"), csv);
    for (String nip : region.nips()) {
      assertTrue(csv.contains(nip + ";Pegawai ") && csv.contains(codes.get(nip)), csv);
    }

    String nip = region.nips().get(0);
    // typed as people type codes from paper: small letters, no dash
    String typed = codes.get(nip).replace("-", "").toLowerCase(Locale.ROOT);
    Api.Reply activated =
        Api.anonymous(base)
            .post("api/v1/auth/activation", Activation.activation(nip, typed, NEW_PASSWORD));
    assertEquals(200, activated.status(), activated::toString);
    assertEquals(nip, activated.json().getJsonObject("user").getString("nip"));
    assertTrue(activated.json().getJsonObject("user").getBoolean("activated"));
    assertTrue(activated.header("Set-Cookie").contains("HttpOnly"), "signed in by cookie");
    String cookie = activated.header("Set-Cookie").split(";")[0];
    assertEquals(
        nip, Api.anonymous(base).header("Cookie", cookie).get("api/v1/me").json().getString("nip"));
    Api.as(base, nip, NEW_PASSWORD).get("api/v1/me").json();

    Api.anonymous(base)
        .post(
            "api/v1/auth/activation",
            Activation.activation(nip, codes.get(nip), "Sandi-Penyerang-Lain-2"))
        .problem(400, "activation-refused");
    Api.as(base, nip, NEW_PASSWORD);

    List<JsonObject> waiting =
        region
            .admin()
            .get("api/v1/users?activated=false&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of(region.nips().get(1), region.nips().get(2)).stream().sorted().toList(),
        waiting.stream().map(u -> u.getString("nip")).sorted().toList(),
        "the list shows who has not activated yet");
  }

  @Test
  void anotherRegionsAdminIssuesNoCodeForThem() {
    Activation region = Activation.region(base, 1, Map.of());
    String nip = region.nips().get(0);
    Map<String, String> codes =
        Activation.codes(region.admin().post("api/v1/users/activation-codes", "{}"));
    long id = People.idOf(base, nip);

    Api solokAdmin = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    solokAdmin
        .post("api/v1/users/activation-codes", "{\"users\":[" + id + "]}")
        .problem(403, "forbidden");
    solokAdmin
        .post("api/v1/users/activation-codes", "{\"region\":\"" + region.region() + "\"}")
        .problem(403, "forbidden");
    People.signIn(base, People.create(base, region.region(), "LEARNER"))
        .post("api/v1/users/activation-codes", "{\"users\":[" + id + "]}")
        .problem(403, "forbidden");

    // the refused requests replaced nothing: the code handed out still works
    Api.Reply activated =
        Api.anonymous(base)
            .post(
                "api/v1/auth/activation", Activation.activation(nip, codes.get(nip), NEW_PASSWORD));
    assertEquals(200, activated.status(), activated::toString);
  }

  @Test
  void onlyASystemAdminIssuesACodeForASystemAdmin() {
    Activation region = Activation.region(base, 1, Map.of());
    String chief = Api.newNip();
    Api.Reply created =
        Api.admin(base)
            .post(
                "api/v1/users",
                "{\"nip\":\"%s\",\"name\":\"Kepala Tanpa Sandi\",\"region\":\"%s\",\"roles\":[\"SYSTEM_ADMIN\"]}"
                    .formatted(chief, region.region()));
    assertEquals(201, created.status(), created::toString);
    long chiefId = created.json().getJsonNumber("id").longValue();

    Map<String, String> swept =
        Activation.codes(region.admin().post("api/v1/users/activation-codes", "{}"));
    assertEquals(Map.of(), without(swept, region.nips()), "the region's sweep passes them over");
    region
        .admin()
        .post("api/v1/users/activation-codes", "{\"users\":[" + chiefId + "]}")
        .problem(403, "forbidden");

    Map<String, String> own =
        Activation.codes(
            Api.admin(base).post("api/v1/users/activation-codes", "{\"users\":[" + chiefId + "]}"));
    assertEquals(200, activate(chief, own.get(chief)).status());
  }

  private static Map<String, String> without(Map<String, String> codes, List<String> nips) {
    Map<String, String> rest = new java.util.HashMap<>(codes);
    nips.forEach(rest::remove);
    return rest;
  }

  @Test
  void aWrongCodeAnswersExactlyLikeAnUnknownNipAUsedCodeAndAnExpiredOne() throws Exception {
    Activation region = Activation.region(base, 3, Map.of());
    Map<String, String> codes =
        Activation.codes(region.admin().post("api/v1/users/activation-codes", "{}"));
    String wrongCode = region.nips().get(0);
    String used = region.nips().get(1);
    String expired = region.nips().get(2);
    assertEquals(
        200,
        Api.anonymous(base)
            .post(
                "api/v1/auth/activation",
                Activation.activation(used, codes.get(used), NEW_PASSWORD))
            .status());
    Activation.expire(People.idOf(base, expired));

    String otherCode = codes.get(used).equals("ABCDE-FGHJK") ? "ABCDE-FGHJM" : "ABCDE-FGHJK";
    List<Api.Reply> refusals =
        List.of(
            activate(wrongCode, otherCode),
            activate(Api.newNip(), codes.get(wrongCode)),
            activate(used, codes.get(used)),
            activate(expired, codes.get(expired)));
    String first = withoutInstance(refusals.get(0));
    for (Api.Reply refusal : refusals) {
      refusal.problem(400, "activation-refused");
      assertEquals(first, withoutInstance(refusal), "one answer for every kind of failure");
      assertEquals(null, refusal.header("Set-Cookie"));
    }
    // the expired person keeps no password from the try
    assertFalse(
        region
            .admin()
            .get("api/v1/users/" + People.idOf(base, expired))
            .json()
            .getBoolean("activated"));
    // a fresh code replaces the expired one
    Map<String, String> again =
        Activation.codes(
            region
                .admin()
                .post(
                    "api/v1/users/activation-codes",
                    "{\"users\":[" + People.idOf(base, expired) + "],\"days\":1}"));
    assertNotEquals(codes.get(expired), again.get(expired));
    assertEquals(200, activate(expired, again.get(expired)).status());
  }

  @Test
  void guessingIsThrottledLikeSignIns() {
    String nip = Api.newNip();
    for (int i = 0; i < 5; i++) {
      activate(nip, "ABCDE-FGHJ" + i).problem(400, "activation-refused");
    }
    Api.Reply throttled = activate(nip, "ABCDE-FGHJ9");
    throttled.problem(429, "too-many-requests");
    assertTrue(Integer.parseInt(throttled.header("Retry-After")) >= 1);
  }

  @Test
  void activatingEndsEveryOtherSessionAndToken() {
    Activation region = Activation.region(base, 1, Map.of());
    String nip = region.nips().get(0);
    Map<String, String> first =
        Activation.codes(region.admin().post("api/v1/users/activation-codes", "{}"));
    assertEquals(200, activate(nip, first.get(nip)).status());
    Api earlier = Api.as(base, nip, NEW_PASSWORD);
    assertEquals(200, earlier.get("api/v1/me").status());

    long id = People.idOf(base, nip);
    Map<String, String> second =
        Activation.codes(
            region.admin().post("api/v1/users/activation-codes", "{\"users\":[" + id + "]}"));
    Api.Reply again =
        Api.anonymous(base)
            .post(
                "api/v1/auth/activation",
                Activation.activation(nip, second.get(nip), "Sandi-Kedua-Lebih-Baru-3"));
    assertEquals(200, again.status(), again::toString);
    earlier.get("api/v1/me").problem(401);
    Api.as(base, nip, "Sandi-Kedua-Lebih-Baru-3");
  }

  @Test
  void theNewPasswordFollowsThePolicyAndAFailedPolicyKeepsTheCode() {
    Activation region = Activation.region(base, 1, Map.of());
    String nip = region.nips().get(0);
    Map<String, String> codes =
        Activation.codes(region.admin().post("api/v1/users/activation-codes", "{}"));
    Api.anonymous(base)
        .post("api/v1/auth/activation", Activation.activation(nip, codes.get(nip), "pendek"))
        .problem(400, "invalid-input");
    Api.anonymous(base)
        .post(
            "api/v1/auth/activation",
            Activation.activation(nip, codes.get(nip), "awal-" + nip + "-akhir"))
        .problem(400, "invalid-input");
    assertEquals(200, activate(nip, codes.get(nip)).status());
  }

  @Test
  void codesComeAsACsvFileForASpreadsheet() {
    Activation region = Activation.region(base, 2, Map.of());
    Api.Reply csv =
        region
            .admin()
            .header("Accept", "text/csv")
            .header("Accept-Language", "en")
            .post("api/v1/users/activation-codes", "{}");
    assertEquals(200, csv.status(), csv::toString);
    assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv::toString);
    String[] lines = csv.body().split("\r\n");
    assertEquals("\uFEFFnip,name,unit_kerja,activation_code,valid_until", lines[0]);
    assertEquals(3, lines.length, csv.body());
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",");
      assertTrue(region.nips().contains(cells[0]), lines[i]);
      assertTrue(cells[3].matches(CODE), lines[i]);
      assertTrue(cells[4].endsWith(" WIB"), lines[i]);
    }
  }

  @Test
  void issuingForARegionCostsTheSameStatementsForThreePeopleAsForForty() {
    int few = statements(Activation.region(base, 3, Map.of()));
    int many = statements(Activation.region(base, 40, Map.of()));
    assertEquals(few, many, "issuing must not read or write per person");
    assertTrue(few <= 8, "statements for a region's codes: " + few);
  }

  private static int statements(Activation region) {
    Api.Reply issued = region.admin().post("api/v1/users/activation-codes", "{}");
    assertEquals(region.nips().size(), Activation.codes(issued).size());
    return Integer.parseInt(issued.header("X-Latih-Statements"));
  }

  private Api.Reply activate(String nip, String code) {
    return Api.anonymous(base)
        .post("api/v1/auth/activation", Activation.activation(nip, code, NEW_PASSWORD));
  }

  private static String withoutInstance(Api.Reply reply) {
    JsonObject problem = reply.json();
    return reply.status()
        + " "
        + problem.getString("type")
        + " "
        + problem.getString("title")
        + " "
        + problem.getString("detail")
        + " "
        + problem.containsKey("errors");
  }
}
