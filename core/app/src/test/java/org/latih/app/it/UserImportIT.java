package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk import of users from CSV: a report per row, and a bad file changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserImportIT {

  @ArquillianResource URL base;

  private Api.Reply upload(Api who, String csv) {
    return who.postBytes("api/v1/users/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private long total() {
    return Api.admin(base).get("api/v1/users").json().getJsonNumber("totalItems").longValue();
  }

  @Test
  void reportsWhatWasCreatedUpdatedAndRejectedPerRow() {
    String existing = People.create(base, "solok", "LEARNER");
    String fresh = Api.newNip();
    String semicolons = Api.newNip();
    String csv =
        "nip;nama;email;unit_kerja;golongan;wilayah;peran\n"
            + fresh
            + ";Rina Marlina;rina@solokkab.go.id;Dinas Kesehatan;II/c;solok;learner|instructor\n"
            + existing
            + ";Nama Baru;;Bappeda;;solok;\n"
            + "199001012015031;Terpotong;;;;solok;\n"
            + fresh
            + ";Ganda;;;;solok;\n"
            + semicolons
            + ";\"Andi; S.Kom\";;;IX;solok;learner\n"
            + Api.newNip()
            + ";Tanpa Wilayah;;;;atlantis;\n";
    Api.Reply reply = upload(Api.admin(base), csv);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertEquals(2, report.getInt("created"), reply::toString);
    assertEquals(1, report.getInt("updated"));
    assertEquals(3, report.getInt("rejected"));
    var rows = report.getJsonArray("rows");
    assertEquals("REJECTED", rows.getJsonObject(2).getString("outcome"));
    assertEquals(4, rows.getJsonObject(2).getInt("line"));
    assertTrue(
        rows.getJsonObject(3).toString().contains("baris 2"),
        "names the first occurrence: " + rows.getJsonObject(3));
    assertTrue(rows.getJsonObject(5).toString().contains("atlantis"));

    JsonObject updated =
        Api.admin(base)
            .get("api/v1/users?q=" + existing)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("Nama Baru", updated.getString("name"));
    assertEquals("Bappeda", updated.getString("unitKerja"));
    JsonObject quoted =
        Api.admin(base)
            .get("api/v1/users?q=" + semicolons)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("Andi; S.Kom", quoted.getString("name"));
  }

  @Test
  void aMalformedFileIsRefusedWholeAndNothingIsWritten() {
    long before = total();
    String detail =
        upload(
                Api.admin(base),
                "nip,nama\n" + Api.newNip() + ",Baik\n" + Api.newNip() + ",\"Tidak ditutup\n")
            .problem(400);
    assertTrue(detail.contains("3"), "names the line: " + detail);
    upload(Api.admin(base), "nip,nama,hobi\n" + Api.newNip() + ",A,B\n").problem(400);
    upload(Api.admin(base), "nama,email\nA,a@b.id\n").problem(400);
    upload(Api.admin(base), "").problem(400);
    Api.admin(base)
        .postBytes(
            "api/v1/users/import",
            "text/csv",
            ("nip,nama\n" + Api.newNip() + ",Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1))
        .problem(400);
    assertEquals(before, total());
  }

  @Test
  void anOversizedUploadIsRefused() {
    long before = total();
    StringBuilder big = new StringBuilder("nip,nama\n");
    while (big.length() < 2_200_000) {
      big.append("199001012015031001,Nama Panjang Sekali Untuk Mengisi Berkas\n");
    }
    upload(Api.admin(base), big.toString()).problem(413);
    assertEquals(before, total());
  }

  @Test
  void regionalAdminImportsOnlyIntoTheirRegion() {
    Api solokAdmin = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN"));
    String own = Api.newNip();
    String other = Api.newNip();
    JsonObject report =
        upload(
                solokAdmin,
                "nip,nama,wilayah\n" + own + ",Warga Solok,\n" + other + ",Warga Kupang,kupang\n")
            .json();
    assertEquals(1, report.getInt("created"));
    assertEquals(1, report.getInt("rejected"));
    assertEquals(0, Api.admin(base).get("api/v1/users?q=" + other).json().getInt("totalItems"));
    assertEquals(
        "solok",
        Api.admin(base)
            .get("api/v1/users?q=" + own)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("region"));
    Api learner = People.signIn(base, People.create(base, "solok", "LEARNER"));
    upload(learner, "nip,nama\n" + Api.newNip() + ",X\n").problem(403);
  }
}
