package org.latih.plugin.bengkulu;

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

/** Bengkulu asks participants about pace and content, at course end and after each session. */
@Extension
public class BengkuluForms implements EvaluationForms {

  static final String FEEDBACK = "umpan-balik-tempo-materi";
  static final String SESSION = "evaluasi-sesi";
  static final String PACE = "tempo";
  static final String PACE_TOO_FAST = "Terlalu cepat";
  static final String EXTRA_SESSION = "perlu-sesi-tambahan";

  @Override
  public List<FormDefinition> forms() {
    return List.of(feedback(), session());
  }

  private static FormDefinition feedback() {
    return new FormDefinition(
        FEEDBACK,
        1,
        "Umpan Balik Peserta: Tempo dan Materi",
        "Diisi peserta tanpa nama setelah ujian akhir pelatihan, agar penyelenggara tahu bagian mana yang perlu diperbaiki.",
        Audience.PARTICIPANT,
        new Timing(TimingKind.COURSE_END, 0),
        true,
        List.of(
            new Section(
                "Tempo",
                List.of(
                    single(
                        PACE,
                        "tempo",
                        "Tempo penyampaian materi",
                        "Terlalu lambat",
                        "Sesuai",
                        PACE_TOO_FAST),
                    single(
                        EXTRA_SESSION,
                        "tempo",
                        "Apakah perlu sesi tambahan untuk materi ini?",
                        "Ya",
                        "Tidak"))),
            new Section(
                "Materi",
                List.of(
                    likert(
                        "materi-relevan",
                        "materi",
                        "Materi relevan dengan tugas pemerintahan yang saya kelola."),
                    likert(
                        "materi-teknologi",
                        "materi",
                        "Materi membekali saya memakai sistem informasi manajemen."),
                    likert(
                        "ujian-sesuai-materi",
                        "ujian",
                        "Soal ujian sesuai dengan materi yang diajarkan."),
                    text(
                        "bagian-sulit",
                        "materi",
                        "Bagian materi mana yang paling sulit diikuti?",
                        false))),
            new Section(
                "Cara belajar",
                List.of(
                    single(
                        "moda-diikuti",
                        "moda",
                        "Bagaimana Anda mengikuti pelatihan ini?",
                        "Tatap muka",
                        "Online",
                        "Campuran"),
                    likert(
                        "narasumber-berpengalaman",
                        "narasumber",
                        "Narasumber berpengalaman dan membuka ruang diskusi."),
                    likert(
                        "akses-fleksibel",
                        "moda",
                        "Materi mudah diakses kapan saja dan di mana saja."),
                    text("saran", "umum", "Saran untuk pelatihan berikutnya.", false)))));
  }

  private static FormDefinition session() {
    return new FormDefinition(
        SESSION,
        1,
        "Evaluasi Sesi Pelatihan",
        "Tiga pertanyaan singkat setelah setiap sesi, untuk menyesuaikan tempo selama pelatihan berjalan.",
        Audience.PARTICIPANT,
        new Timing(TimingKind.PER_SESSION, 0),
        true,
        List.of(
            new Section(
                "Sesi ini",
                List.of(
                    single(
                        "tempo-sesi",
                        "tempo",
                        "Tempo sesi ini",
                        "Terlalu lambat",
                        "Sesuai",
                        PACE_TOO_FAST),
                    rating(
                        "kejelasan-sesi",
                        "materi",
                        "Kejelasan penyampaian (1 = tidak jelas, 5 = sangat jelas).",
                        1,
                        5),
                    text(
                        "pertanyaan-tersisa",
                        "materi",
                        "Pertanyaan yang belum terjawab.",
                        false)))));
  }
}
