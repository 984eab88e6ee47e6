package org.latih.plugin.kupang;

import static org.latih.plugin.support.Items.likert;
import static org.latih.plugin.support.Items.multiple;
import static org.latih.plugin.support.Items.number;
import static org.latih.plugin.support.Items.single;
import static org.latih.plugin.support.Items.text;

import java.util.List;
import org.latih.api.forms.Audience;
import org.latih.api.forms.EvaluationForms;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Section;
import org.latih.api.forms.Timing;
import org.latih.api.forms.TimingKind;
import org.pf4j.Extension;

/** Kupang gathers feedback through surveys and interviews and follows up long-term impact. */
@Extension
public class KupangForms implements EvaluationForms {

  static final String SURVEY = "survei-peserta";
  static final String INTERVIEW = "panduan-wawancara";
  static final String IMPACT = "dampak-jangka-panjang";
  static final String REQUESTED_TOPICS = "materi-spesifik-diminta";
  static final String CHANGE = "perubahan-kinerja";

  /** Soft-skill items of {@link #IMPACT}, in report order, with their labels. */
  static final List<List<String>> SOFT_SKILLS =
      List.of(
          List.of("kepemimpinan", "Kepemimpinan"),
          List.of("komunikasi", "Komunikasi"),
          List.of("kerja-sama-tim", "Kerja sama tim"),
          List.of("manajemen-waktu", "Manajemen waktu"));

  static final List<String> TOPICS =
      List.of(
          "Pelayanan administrasi kependudukan",
          "Perizinan",
          "Pengelolaan keuangan daerah",
          "Kesehatan masyarakat",
          "Pendidikan",
          "Infrastruktur dan tata ruang",
          "Teknologi informasi",
          "Penanganan pengaduan masyarakat");

  @Override
  public List<FormDefinition> forms() {
    return List.of(survey(), interview(), impact());
  }

  private static FormDefinition survey() {
    return new FormDefinition(
        SURVEY,
        1,
        "Survei Peserta Pelatihan",
        "Diisi peserta tanpa nama pada akhir pelatihan: metode, narasumber, soft skills dan kebutuhan materi di lapangan.",
        Audience.PARTICIPANT,
        new Timing(TimingKind.COURSE_END, 0),
        true,
        List.of(
            new Section(
                "Metode dan narasumber",
                List.of(
                    single(
                        "metode-utama",
                        "metode",
                        "Metode pelatihan yang Anda ikuti",
                        "Kelas",
                        "Workshop",
                        "E-learning",
                        "Campuran"),
                    likert(
                        "metode-efektif",
                        "metode",
                        "Metode pelatihan membantu saya memahami materi."),
                    single(
                        "narasumber-terbaik",
                        "narasumber",
                        "Narasumber yang paling membantu",
                        "Akademisi",
                        "Praktisi berpengalaman",
                        "Keduanya sama"),
                    likert(
                        "berbasis-proyek",
                        "metode",
                        "Tugas berbasis proyek membuat saya bisa langsung menerapkan ilmu dalam situasi nyata."))),
            new Section(
                "Soft skills",
                List.of(
                    likert(
                        "kepemimpinan-diri",
                        "kepemimpinan",
                        "Pelatihan meningkatkan kemampuan kepemimpinan saya."),
                    likert(
                        "komunikasi-diri",
                        "komunikasi",
                        "Pelatihan meningkatkan kemampuan komunikasi saya."),
                    likert(
                        "kerja-sama-tim-diri",
                        "kerja-sama-tim",
                        "Pelatihan meningkatkan kemampuan saya bekerja sama dalam tim."),
                    likert(
                        "manajemen-waktu-diri",
                        "manajemen-waktu",
                        "Pelatihan membantu saya menyelesaikan tugas lebih efisien waktu."),
                    likert(
                        "percaya-diri",
                        "dampak",
                        "Saya lebih percaya diri melaksanakan tugas setelah pelatihan."))),
            new Section(
                "Kebutuhan di lapangan",
                List.of(
                    multiple(
                        REQUESTED_TOPICS,
                        "kebutuhan-materi",
                        "Materi spesifik bidang apa yang Anda butuhkan pada pelatihan berikutnya?",
                        TOPICS.toArray(String[]::new)),
                    text(
                        "materi-lainnya",
                        "kebutuhan-materi",
                        "Materi lain yang sesuai kebutuhan spesifik di lapangan.",
                        false)))));
  }

  private static FormDefinition interview() {
    return new FormDefinition(
        INTERVIEW,
        1,
        "Panduan Wawancara Peserta",
        "Dipakai penyelenggara saat mewawancarai peserta terpilih setelah pelatihan; jawaban dicatat sebagai teks bebas.",
        Audience.ORGANISER,
        new Timing(TimingKind.COURSE_END, 0),
        false,
        List.of(
            new Section(
                "Pengalaman pelatihan",
                List.of(
                    text(
                        "kesan-umum",
                        "umum",
                        "Bagaimana pengalaman Anda mengikuti pelatihan ini?",
                        true),
                    text(
                        "bagian-bermanfaat",
                        "materi",
                        "Bagian mana yang paling bermanfaat untuk pekerjaan Anda, dan mengapa?",
                        true),
                    text(
                        "metode-disukai",
                        "metode",
                        "Metode mana (kelas, workshop, e-learning) yang paling cocok bagi Anda?",
                        false))),
            new Section(
                "Penerapan dan kebutuhan",
                List.of(
                    text(
                        "rencana-penerapan",
                        "penerapan",
                        "Apa yang akan Anda terapkan dalam tugas sehari-hari?",
                        true),
                    text(
                        "hambatan-penerapan",
                        "penerapan",
                        "Hambatan apa yang mungkin Anda temui saat menerapkannya?",
                        false),
                    text(
                        "kebutuhan-lapangan",
                        "kebutuhan-materi",
                        "Materi apa yang lebih sesuai dengan kebutuhan spesifik di lapangan?",
                        true),
                    number("durasi-wawancara", "catatan", "Durasi wawancara (menit)."),
                    text("catatan-pewawancara", "catatan", "Catatan pewawancara.", false)))));
  }

  private static FormDefinition impact() {
    List<org.latih.api.forms.Item> skills = new java.util.ArrayList<>();
    for (List<String> skill : SOFT_SKILLS) {
      skills.add(
          likert(
              skill.get(0),
              skill.get(0),
              "Sejak pelatihan, "
                  + skill.get(1).toLowerCase(java.util.Locale.ROOT)
                  + " pegawai di tempat kerja meningkat."));
    }
    return new FormDefinition(
        IMPACT,
        1,
        "Tindak Lanjut Dampak Jangka Panjang",
        "Diisi atasan langsung 90 hari setelah pegawai menuntaskan pelatihan, untuk mengukur dampak jangka panjang pada kinerja.",
        Audience.SUPERVISOR,
        new Timing(TimingKind.AFTER_COMPLETION, 90),
        false,
        List.of(
            new Section("Soft skills di tempat kerja", skills),
            new Section(
                "Kinerja dan pelayanan",
                List.of(
                    single(
                        CHANGE,
                        "kinerja",
                        "Bagaimana kinerja pegawai dibanding sebelum pelatihan?",
                        "Menurun",
                        "Tidak berubah",
                        "Sedikit meningkat",
                        "Jauh meningkat"),
                    likert(
                        "pelayanan-masyarakat",
                        "dampak",
                        "Pelatihan berdampak positif pada pelayanan kepada masyarakat."),
                    text("contoh-dampak", "dampak", "Contoh perubahan yang Anda amati.", false)))));
  }
}
