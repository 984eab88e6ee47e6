package org.latih.plugin.bukittinggi;

import static org.latih.plugin.support.Items.likert;
import static org.latih.plugin.support.Items.rating;
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

/** Bukittinggi evaluates through participant feedback and post-training performance assessment. */
@Extension
public class BukittinggiForms implements EvaluationForms {

  static final String FEEDBACK = "umpan-balik-peserta";
  static final String PERFORMANCE = "penilaian-kinerja-atasan";
  static final String SIMULATION = "evaluasi-sesi-simulasi";

  /** Item of {@link #PERFORMANCE} the report averages. */
  static final String OVERALL_PERFORMANCE = "nilai-kinerja";

  @Override
  public List<FormDefinition> forms() {
    return List.of(feedback(), performance(), simulation());
  }

  private static FormDefinition feedback() {
    return new FormDefinition(
        FEEDBACK,
        1,
        "Umpan Balik Peserta Pelatihan",
        "Diisi peserta tanpa nama pada akhir pelatihan untuk menilai materi, metode praktik dan penyelenggaraan.",
        Audience.PARTICIPANT,
        new Timing(TimingKind.COURSE_END, 0),
        true,
        List.of(
            new Section(
                "Materi dan metode",
                List.of(
                    likert(
                        "materi-relevan",
                        "materi",
                        "Materi pelatihan relevan dengan tugas dan fungsi saya."),
                    likert(
                        "praktik-simulasi-efektif",
                        "metode",
                        "Praktik dan simulasi membantu saya memahami materi."),
                    likert(
                        "percaya-diri-melayani",
                        "dampak",
                        "Saya lebih percaya diri berkomunikasi dengan masyarakat setelah pelatihan."))),
            new Section(
                "Penyelenggaraan",
                List.of(
                    rating(
                        "nilai-narasumber",
                        "narasumber",
                        "Nilai untuk narasumber (1 = sangat kurang, 5 = sangat baik).",
                        1,
                        5),
                    single(
                        "frekuensi-pelatihan",
                        "anggaran",
                        "Menurut Anda, frekuensi pelatihan seperti ini sebaiknya",
                        "Cukup sekali setahun",
                        "Dua kali setahun",
                        "Setiap triwulan"),
                    single(
                        "alasan-mengikuti",
                        "partisipasi",
                        "Alasan utama Anda mengikuti pelatihan ini",
                        "Ditugaskan atasan",
                        "Kebutuhan pekerjaan",
                        "Pengembangan karier",
                        "Minat pribadi"))),
            new Section(
                "Saran",
                List.of(
                    text(
                        "hambatan-partisipasi",
                        "partisipasi",
                        "Apa yang membuat rekan Anda kurang antusias mengikuti pelatihan?",
                        false),
                    text("saran", "umum", "Saran untuk pelatihan berikutnya.", false)))));
  }

  private static FormDefinition performance() {
    return new FormDefinition(
        PERFORMANCE,
        1,
        "Penilaian Kinerja Pascapelatihan oleh Atasan",
        "Diisi atasan langsung 60 hari setelah peserta menuntaskan pelatihan, menilai perubahan kinerja di tempat kerja.",
        Audience.SUPERVISOR,
        new Timing(TimingKind.AFTER_COMPLETION, 60),
        false,
        List.of(
            new Section(
                "Penerapan di tempat kerja",
                List.of(
                    likert(
                        "menerapkan-ilmu",
                        "penerapan",
                        "Pegawai menerapkan pengetahuan dan keterampilan dari pelatihan dalam tugasnya."),
                    likert(
                        "komunikasi-masyarakat",
                        "pelayanan",
                        "Komunikasi pegawai dengan masyarakat menjadi lebih baik."),
                    likert(
                        "perencanaan-proyek",
                        "manajemen-proyek",
                        "Pegawai merencanakan dan melaksanakan kegiatan atau proyek dengan lebih baik."),
                    likert(
                        "tugas-lebih-efektif",
                        "kinerja",
                        "Pegawai menjalankan tugas dan fungsinya dengan lebih efektif."))),
            new Section(
                "Penilaian keseluruhan",
                List.of(
                    rating(
                        OVERALL_PERFORMANCE,
                        "kinerja",
                        "Nilai perubahan kinerja pegawai secara keseluruhan (1 = tidak berubah, 5 = sangat meningkat).",
                        1,
                        5),
                    text(
                        "contoh-perubahan",
                        "kinerja",
                        "Contoh nyata perubahan kinerja yang Anda amati.",
                        false)))));
  }

  private static FormDefinition simulation() {
    return new FormDefinition(
        SIMULATION,
        1,
        "Evaluasi Sesi Praktik dan Simulasi",
        "Diisi peserta setelah setiap sesi praktik atau simulasi, misalnya simulasi interaksi dengan masyarakat.",
        Audience.PARTICIPANT,
        new Timing(TimingKind.PER_SESSION, 0),
        true,
        List.of(
            new Section(
                "Sesi ini",
                List.of(
                    single(
                        "jenis-sesi",
                        "metode",
                        "Jenis sesi yang baru Anda ikuti",
                        "Simulasi pelayanan publik (bermain peran)",
                        "Praktik manajemen proyek",
                        "Studi kasus",
                        "Lainnya"),
                    likert(
                        "skenario-realistis",
                        "metode",
                        "Skenario simulasi menggambarkan tantangan nyata dalam melayani masyarakat."),
                    likert(
                        "waktu-praktik-cukup",
                        "metode",
                        "Waktu praktik cukup untuk mencoba keterampilan baru."),
                    likert(
                        "umpan-balik-fasilitator",
                        "narasumber",
                        "Fasilitator memberi umpan balik yang berguna selama simulasi."),
                    text(
                        "tantangan-simulasi",
                        "metode",
                        "Tantangan apa yang paling terasa dalam simulasi ini?",
                        false)))));
  }
}
