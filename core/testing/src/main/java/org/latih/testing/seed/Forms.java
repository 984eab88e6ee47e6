package org.latih.testing.seed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Evaluation forms and the participants' answers to them: a reaction form the region built in the
 * browser (stored in custom_forms, readable without any plugin) and, in Kupang, the Kupang plugin's
 * anonymous participant survey (plugin {@code latih-kupang}, form {@code survei-peserta}; its item
 * ids and options are those of KupangForms, so the plugin's reports read these answers once it is
 * installed).
 */
final class Forms {

  static final String LOCAL = "local";
  static final String KUPANG_PLUGIN = "latih-kupang";
  static final String KUPANG_SURVEY = "survei-peserta";

  private static final List<String> METHODS = List.of("Kelas", "Workshop", "Webinar", "E-learning");
  private static final List<String> KUPANG_METHODS =
      List.of("Kelas", "Workshop", "E-learning", "Campuran");
  private static final List<String> SPEAKERS =
      List.of("Akademisi", "Praktisi berpengalaman", "Keduanya sama");
  private static final List<String> TOPICS =
      List.of(
          "Pelayanan administrasi kependudukan",
          "Perizinan",
          "Pengelolaan keuangan daerah",
          "Kesehatan masyarakat",
          "Pendidikan",
          "Infrastruktur dan tata ruang",
          "Teknologi informasi",
          "Penanganan pengaduan masyarakat");
  private static final List<String> KUPANG_LIKERT =
      List.of(
          "metode-efektif",
          "berbasis-proyek",
          "kepemimpinan-diri",
          "komunikasi-diri",
          "kerja-sama-tim-diri",
          "manajemen-waktu-diri",
          "percaya-diri");

  private final Seeding s;
  private final String formKey;
  private final boolean kupang;
  private final Mac mac;
  private final Rows.Table responses;

  private Forms(Seeding s) throws SQLException {
    this.s = s;
    this.formKey = s.prefix() + "-reaksi-peserta";
    this.kupang = "kupang".equals(s.options().region());
    this.mac = mac(s.options().respondentKey());
    this.responses =
        s.rows()
            .table(
                "form_responses",
                "id",
                "region_id",
                "plugin_id",
                "form_id",
                "form_version",
                "course_code",
                "cohort",
                "unit_kerja",
                "response_year",
                "user_id",
                "respondent",
                "answers",
                "submitted_at",
                "about");
  }

  /** Creates the region's reaction form, updated by {@code adminId}. */
  static Forms write(Seeding s, long adminId) throws SQLException {
    Forms forms = new Forms(s);
    s.rows()
        .table(
            "custom_forms",
            "id",
            "region_id",
            "form_key",
            "form_version",
            "definition",
            "archived",
            "updated_by",
            "updated_at")
        .add(
            s.ids().next("custom_forms"),
            s.regionId(),
            forms.formKey,
            1,
            forms.definition(),
            false,
            adminId,
            Seeding.utc(s.start()));
    s.rows().flush();
    return forms;
  }

  /** The answers of a participant who completed {@code course}, some of whom skip the forms. */
  void answer(People.Person learner, String course, String cohort, Instant completed)
      throws SQLException {
    Random random = s.random();
    Instant at = completed.plusSeconds(3600 + random.nextInt(20 * 3600));
    if (at.isAfter(s.now())) {
      return;
    }
    if (random.nextDouble() < 0.7) {
      String answers =
          "{\"materi-relevan\":"
              + Json.string(likert(random))
              + ",\"fasilitator-jelas\":"
              + Json.string(likert(random))
              + ",\"sarana-memadai\":"
              + Json.string(likert(random))
              + ",\"nilai-keseluruhan\":"
              + Json.string(String.valueOf(6 + random.nextInt(5)))
              + ",\"metode-disukai\":"
              + Json.string(METHODS.get(random.nextInt(METHODS.size())))
              + (random.nextInt(4) == 0 ? ",\"saran\":\"Tambah sesi praktik.\"" : "")
              + "}";
      response(LOCAL, formKey, learner, learner.id(), course, cohort, answers, at);
    }
    if (kupang && random.nextDouble() < 0.5) {
      StringBuilder answers =
          new StringBuilder("{\"metode-utama\":")
              .append(Json.string(KUPANG_METHODS.get(random.nextInt(KUPANG_METHODS.size()))))
              .append(",\"narasumber-terbaik\":")
              .append(Json.string(SPEAKERS.get(random.nextInt(SPEAKERS.size()))));
      for (String item : KUPANG_LIKERT) {
        answers.append(",\"").append(item).append("\":").append(Json.string(likert(random)));
      }
      String first = TOPICS.get(random.nextInt(TOPICS.size()));
      String second = TOPICS.get(random.nextInt(TOPICS.size()));
      answers
          .append(",\"materi-spesifik-diminta\":")
          .append(Json.string(first.equals(second) ? first : first + "; " + second))
          .append('}');
      // anonymous: no user, only the digest that refuses a second answer
      response(KUPANG_PLUGIN, KUPANG_SURVEY, learner, null, course, cohort, answers.toString(), at);
    }
  }

  private void response(
      String source,
      String formId,
      People.Person learner,
      Long userId,
      String course,
      String cohort,
      String answers,
      Instant at)
      throws SQLException {
    responses.add(
        s.ids().next("form_responses"),
        s.regionId(),
        source,
        formId,
        1,
        course,
        cohort,
        Words.nth(Words.UNITS, learner.unit()),
        at.atZone(Seeding.WIB).getYear(),
        userId,
        respondent(source + "|" + formId + "|" + course + "|null|" + learner.id()),
        answers,
        Seeding.utc(at),
        null);
  }

  /** Mostly agreeing, as reaction forms are. */
  private static String likert(Random random) {
    return String.valueOf(Math.min(5, 3 + random.nextInt(3) + (random.nextInt(10) == 0 ? -1 : 0)));
  }

  /**
   * The respondent digest the evaluation module computes (HMAC-SHA256 of source, form, course,
   * occasion and user under the server's respondent key, in hex), so the app recognises a seeded
   * answer as given and does not ask for it again.
   */
  private String respondent(String text) {
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Mac mac(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The definition as FormJson stores it. */
  private String definition() {
    String likert = ",\"scaleMin\":1,\"scaleMax\":5,\"scaleLabels\":[]";
    String none = ",\"options\":[],\"scaleMin\":0,\"scaleMax\":0,\"scaleLabels\":[]";
    return "{\"id\":"
        + Json.string(formKey)
        + ",\"version\":1,\"title\":\"Evaluasi Reaksi Peserta\""
        + ",\"description\":\"Diisi peserta di akhir pelatihan (data uji beban).\""
        + ",\"audience\":\"PARTICIPANT\",\"timing\":{\"kind\":\"COURSE_END\",\"daysAfter\":0}"
        + ",\"anonymous\":false,\"sections\":[{\"title\":\"Materi, fasilitator dan sarana\","
        + "\"items\":["
        + item("materi-relevan", "LIKERT", "Materi relevan dengan tugas saya.", true, "materi")
        + ",\"options\":[]"
        + likert
        + "},"
        + item(
            "fasilitator-jelas",
            "LIKERT",
            "Fasilitator menjelaskan dengan jelas.",
            true,
            "fasilitator")
        + ",\"options\":[]"
        + likert
        + "},"
        + item("sarana-memadai", "LIKERT", "Sarana pelatihan memadai.", true, "sarana")
        + ",\"options\":[]"
        + likert
        + "},"
        + item("nilai-keseluruhan", "RATING", "Nilai pelatihan secara keseluruhan.", true, "umum")
        + ",\"options\":[],\"scaleMin\":1,\"scaleMax\":10,\"scaleLabels\":[]},"
        + item("metode-disukai", "SINGLE_CHOICE", "Metode yang paling membantu.", true, "metode")
        + ",\"options\":[\"Kelas\",\"Workshop\",\"Webinar\",\"E-learning\"]"
        + ",\"scaleMin\":0,\"scaleMax\":0,\"scaleLabels\":[]},"
        + item("saran", "TEXT", "Saran untuk pelatihan berikutnya.", false, "umum")
        + none
        + "}]}]}";
  }

  private static String item(String id, String kind, String text, boolean required, String aspect) {
    return "{\"id\":\""
        + id
        + "\",\"kind\":\""
        + kind
        + "\",\"text\":"
        + Json.string(text)
        + ",\"required\":"
        + required
        + ",\"aspect\":\""
        + aspect
        + "\"";
  }
}
