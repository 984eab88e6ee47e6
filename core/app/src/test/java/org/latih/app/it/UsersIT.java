package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** User administration through the API, with its validation and its region rules. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersIT {

  @ArquillianResource URL base;

  private static String user(String nip, String name, String region) {
    return "{\"nip\":\"" + nip + "\",\"name\":\"" + name + "\",\"region\":\"" + region + "\"}";
  }

  private long total(String query) {
    return Api.admin(base)
        .get("api/v1/users?" + query)
        .json()
        .getJsonNumber("totalItems")
        .longValue();
  }

  @Test
  void adminCreatesFindsAndUpdatesAUser() {
    Api admin = Api.admin(base);
    String nip = Api.newNip();
    Api.Reply created =
        admin.post(
            "api/v1/users",
            "{\"nip\":\""
                + nip
                + "\",\"name\":\"Siti Rahma\",\"email\":\"siti@solokkab.go.id\",\"unitKerja\":\"Dinas Pendidikan\","
                + "\"golongan\":\"iii/b\",\"region\":\"solok\",\"roles\":[\"learner\",\"instructor\"]}");
    assertEquals(201, created.status(), created::toString);
    assertTrue(
        created.header("Location").endsWith("/api/v1/users/" + created.json().getJsonNumber("id")));
    JsonObject user = created.json();
    assertEquals("III/b", user.getString("golongan"));
    assertEquals("Kabupaten Solok", user.getString("regionName"));
    assertTrue(!user.containsKey("passwordHash"), "the hash never leaves the server");

    long id = user.getJsonNumber("id").longValue();
    Api.Reply updated =
        admin.patch(
            "api/v1/users/" + id, "{\"jabatan\":\"Guru Ahli Muda\",\"roles\":[\"EVALUATOR\"]}");
    assertEquals(200, updated.status(), updated::toString);
    assertEquals("Guru Ahli Muda", updated.json().getString("jabatan"));
    assertEquals(
        "Dinas Pendidikan",
        updated.json().getString("unitKerja"),
        "fields not sent stay as they were");
    assertEquals("EVALUATOR", updated.json().getJsonArray("roles").getString(0));
    assertEquals(1, total("q=" + nip));
  }

  @Test
  void badNipIsRefusedWithTheReasonAndNothingIsStored() {
    long before = total("");
    String detail =
        Api.admin(base)
            .post("api/v1/users", user("199013012015031001", "Salah Tanggal", "solok"))
            .problem(400);
    assertTrue(detail.contains("19901301"), detail);
    Api.admin(base)
        .post("api/v1/users", user("19900101201503100", "Kurang Digit", "solok"))
        .problem(400);
    String gender =
        Api.admin(base)
            .post("api/v1/users", user("199001012015033001", "Salah Kelamin", "solok"))
            .problem(400);
    assertTrue(gender.contains("15"), gender);
    assertEquals(before, total(""));
  }

  @Test
  void everyWrongFieldIsReportedAtOnce() {
    Api.Reply reply =
        Api.admin(base)
            .post(
                "api/v1/users",
                "{\"nip\":\"123\",\"name\":\"\",\"email\":\"bukan-email\",\"region\":\"atlantis\"}");
    reply.problem(400);
    var fields =
        reply.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertEquals(java.util.List.of("nip", "name", "email", "region"), fields);
    assertTrue(reply.body().contains("kupang"), "an unknown region lists the known ones");
  }

  @Test
  void duplicateNipIsAConflict() {
    String nip = People.create(base, "kupang", "LEARNER");
    String detail =
        Api.admin(base)
            .post("api/v1/users", user(nip, "Kembar", "kupang"))
            .problem(409, "nip-taken");
    assertTrue(detail.contains(nip), detail);
    assertEquals(1, total("q=" + nip));
  }

  @Test
  void everyMistakeOfTheFormComesInOneAnswer() {
    String nip = People.create(base, "kupang", "LEARNER");
    Api.Reply reply =
        Api.admin(base)
            .post(
                "api/v1/users",
                "{\"nip\":\""
                    + nip
                    + "\",\"name\":\" \",\"region\":\"kupang\",\"password\":\"pendek\"}");
    reply.problem(400);
    var fields =
        reply.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList();
    assertEquals(java.util.List.of("name", "nip", "password"), fields, reply::toString);
    assertTrue(reply.body().contains(nip), "the taken NIP is named");
  }

  @Test
  void regionalAdminManagesOnlyTheirOwnRegion() {
    Api kupangAdmin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    String solokNip = People.create(base, "solok", "LEARNER");
    long solokId = People.idOf(base, solokNip);
    String kupangNip = People.create(base, "kupang", "LEARNER");
    long kupangId = People.idOf(base, kupangNip);

    String detail = kupangAdmin.get("api/v1/users/" + solokId).problem(403);
    assertTrue(detail.contains("Kota Kupang"), detail);
    kupangAdmin.patch("api/v1/users/" + solokId, "{\"name\":\"Dibajak\"}").problem(403);
    assertTrue(
        Api.admin(base).get("api/v1/users/" + solokId).body().contains("Uji "),
        "Solok's user unchanged");
    kupangAdmin.post("api/v1/users", user(Api.newNip(), "Orang Solok", "solok")).problem(403);
    kupangAdmin.get("api/v1/users?region=solok").problem(403);
    kupangAdmin.patch("api/v1/users/" + kupangId, "{\"region\":\"solok\"}").problem(403);

    assertEquals(200, kupangAdmin.get("api/v1/users/" + kupangId).status());
    var listed = kupangAdmin.get("api/v1/users?size=100").json().getJsonArray("items");
    assertTrue(
        listed.stream().allMatch(u -> "kupang".equals(u.asJsonObject().getString("region"))),
        "the list shows Kupang's people only");
    Api.Reply own =
        kupangAdmin.post(
            "api/v1/users", "{\"nip\":\"" + Api.newNip() + "\",\"name\":\"Warga Kupang\"}");
    assertEquals(201, own.status(), own::toString);
    assertEquals("kupang", own.json().getString("region"), "defaults to the admin's own region");
  }

  @Test
  void regionalAdminCannotMakeSystemAdmins() {
    Api kupangAdmin = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN"));
    kupangAdmin
        .post(
            "api/v1/users",
            "{\"nip\":\""
                + Api.newNip()
                + "\",\"name\":\"Calon Admin\",\"region\":\"kupang\",\"roles\":[\"SYSTEM_ADMIN\"]}")
        .problem(403);
  }

  @Test
  void learnersAndEvaluatorsCannotAdministerUsers() {
    Api learner = People.signIn(base, People.create(base, "bengkulu", "LEARNER"));
    learner.get("api/v1/users").problem(403);
    Api evaluator = People.signIn(base, People.create(base, "bengkulu", "EVALUATOR"));
    evaluator.post("api/v1/users", user(Api.newNip(), "X", "bengkulu")).problem(403);
    assertEquals(200, learner.get("api/v1/me").status(), "but see their own profile");
  }

  @Test
  void listsArePagedAndFiltered() {
    for (int i = 0; i < 3; i++) {
      People.create(base, "bukittinggi", "INSTRUCTOR");
    }
    JsonObject page =
        Api.admin(base).get("api/v1/users?region=bukittinggi&role=instructor&size=2").json();
    assertEquals(2, page.getJsonArray("items").size());
    assertTrue(page.getInt("totalItems") >= 3);
    assertEquals((page.getInt("totalItems") + 1) / 2, page.getInt("totalPages"));
    JsonObject second =
        Api.admin(base).get("api/v1/users?region=bukittinggi&role=instructor&size=2&page=2").json();
    assertEquals(2, second.getInt("page"));
    Api.admin(base).get("api/v1/users?size=1000").problem(400);
  }

  @Test
  void theLastSystemAdminCannotBeDeactivated() {
    Api admin = Api.admin(base);
    long adminId = admin.get("api/v1/me").json().getJsonNumber("id").longValue();
    // other tests of the shared server create system admins: make admin the last active one
    for (JsonObject other :
        admin
            .get("api/v1/users?role=system_admin&active=true&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      long id = other.getJsonNumber("id").longValue();
      if (id != adminId) {
        assertEquals(200, admin.patch("api/v1/users/" + id, "{\"active\":false}").status());
      }
    }
    admin.patch("api/v1/users/" + adminId, "{\"active\":false}").problem(409, "last-system-admin");
    assertEquals(200, Api.admin(base).get("api/v1/me").status());
  }

  @Test
  void onlyASystemAdminChangesASystemAdmin() {
    String chief = People.create(base, "solok", "SYSTEM_ADMIN");
    long chiefId = People.idOf(base, chief);
    try {
      regionalAdminIsRefused(chief, chiefId);
    } finally {
      retire(chiefId);
    }
  }

  /**
   * Other tests count on the bootstrap admin being the only active system admin; a system admin a
   * test made is deactivated when it is done.
   */
  private void retire(long systemAdmin) {
    assertEquals(
        200, Api.admin(base).patch("api/v1/users/" + systemAdmin, "{\"active\":false}").status());
  }

  private void regionalAdminIsRefused(String chief, long chiefId) {
    Api regional = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));

    regional.patch("api/v1/users/" + chiefId, "{\"password\":\"Ambil-Alih-123\"}").problem(403);
    regional.patch("api/v1/users/" + chiefId, "{\"active\":false}").problem(403);
    regional.patch("api/v1/users/" + chiefId, "{\"roles\":[\"LEARNER\"]}").problem(403);
    regional.patch("api/v1/users/" + chiefId, "{\"name\":\"Nama Palsu\"}").problem(403);
    Api.Reply imported =
        regional.postBytes(
            "api/v1/users/import",
            "text/csv",
            ("nip,nama,wilayah\n" + chief + ",Nama Palsu,solok\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(1, imported.json().getInt("rejected"), imported::toString);

    JsonObject unchanged = Api.admin(base).get("api/v1/users/" + chiefId).json();
    assertTrue(unchanged.getString("name").startsWith("Uji "), unchanged::toString);
    assertEquals("SYSTEM_ADMIN", unchanged.getJsonArray("roles").getString(0));
    assertEquals(200, People.signIn(base, chief).get("api/v1/users").status());

    String learner = People.create(base, "solok", "LEARNER");
    assertEquals(
        200,
        regional
            .patch("api/v1/users/" + People.idOf(base, learner), "{\"jabatan\":\"Guru\"}")
            .status(),
        "the regional admin still manages the rest of the region");
  }

  @Test
  void changingOnesOwnPasswordByPatchNeedsTheCurrentOne() {
    String nip = People.create(base, "solok", "SYSTEM_ADMIN");
    long id = People.idOf(base, nip);
    try {
      ownPasswordNeedsTheCurrentOne(nip, id);
    } finally {
      retire(id);
    }
  }

  private void ownPasswordNeedsTheCurrentOne(String nip, long id) {
    Api self = People.signIn(base, nip);
    Api other = People.signIn(base, nip);

    String missing =
        self.patch("api/v1/users/" + id, "{\"password\":\"Baru-Sekali-123\"}").problem(400);
    assertFalse(missing.isBlank());
    self.patch(
            "api/v1/users/" + id,
            "{\"password\":\"Baru-Sekali-123\",\"currentPassword\":\"Salah-Tebak-1\"}")
        .problem(400);
    assertEquals(200, People.signIn(base, nip).get("api/v1/me").status(), "still the old one");

    Api.Reply changed =
        self.patch(
            "api/v1/users/" + id,
            "{\"password\":\"Baru-Sekali-123\",\"currentPassword\":\"" + People.PASSWORD + "\"}");
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(200, Api.as(base, nip, "Baru-Sekali-123").get("api/v1/me").status());
    assertEquals(200, self.get("api/v1/me").status());
    other.get("api/v1/me").problem(401);
  }
}
