package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A fresh region of imported ASN without passwords, and its admin, for the activation tests. */
record Activation(String region, String adminNip, Api admin, List<String> nips) {

  /** Adds a region, its admin, and {@code people} imported by CSV (emails where given). */
  static Activation region(URL base, int people, Map<Integer, String> emails) {
    String tag = Long.toString(System.nanoTime(), 36);
    String region = "aktivasi-" + tag;
    Api.Reply added =
        Api.admin(base)
            .post(
                "api/v1/regions",
                "{\"code\":\"%s\",\"name\":\"Kabupaten Aktivasi %s\",\"type\":\"KABUPATEN\"}"
                    .formatted(region, tag));
    assertEquals(201, added.status(), added::toString);
    String adminNip = People.create(base, region, "REGIONAL_ADMIN");
    Api admin = People.signIn(base, adminNip);
    List<String> nips = new ArrayList<>();
    StringBuilder csv = new StringBuilder("nip;nama;email;unit_kerja;wilayah;peran\n");
    for (int i = 0; i < people; i++) {
      String nip = Api.newNip();
      nips.add(nip);
      csv.append(nip)
          .append(";Pegawai ")
          .append(i)
          .append(' ')
          .append(tag)
          .append(';')
          .append(emails.getOrDefault(i, ""))
          .append(";Dinas ")
          .append(i % 3)
          .append(';')
          .append(region)
          .append(";learner\n");
    }
    Api.Reply imported =
        admin.postBytes(
            "api/v1/users/import", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(people, imported.json().getInt("created"), imported::toString);
    return new Activation(region, adminNip, admin, nips);
  }

  /** NIP to code, from an answer of POST users/activation-codes. */
  static Map<String, String> codes(Api.Reply issued) {
    assertEquals(200, issued.status(), issued::toString);
    return issued.json().getJsonArray("codes").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(c -> c.getString("nip"), c -> c.getString("code")));
  }

  static String activation(String nip, String code, String password) {
    return "{\"nip\":\"%s\",\"code\":\"%s\",\"password\":\"%s\"}".formatted(nip, code, password);
  }

  /** Makes a person's code expire in the past, as if its days had gone by. */
  static void expire(long userId) throws Exception {
    try (Connection db = SeedDatabase.ofTestServer().connect();
        PreparedStatement update =
            db.prepareStatement("UPDATE activation_codes SET expires_at = ? WHERE user_id = ?")) {
      update.setObject(1, OffsetDateTime.parse("2020-01-01T00:00:00Z"));
      update.setLong(2, userId);
      assertEquals(1, update.executeUpdate());
    }
  }
}
