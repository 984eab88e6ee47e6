package org.latih.plugin.batanghari;

import static org.latih.plugin.support.Items.likert;
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

/**
 * Batanghari evaluates by survey, interview and direct observation, then supervises application.
 */
@Extension
public class BatanghariForms implements EvaluationForms {

  static final String SURVEY = "survei-materi-instruktur-fasilitas";
  static final String INTERVIEW = "wawancara-pascapelatihan";
  static final String OBSERVATION = "observasi-langsung";
  static final String SUPERVISION = "supervisi-penerapan";
  static final String STATUS = "status-penerapan";
  static final String NEEDS_SUPPORT = "perlu-pendampingan";

  /** The survey's aspects, each with its label, in report order. */
  static final List<List<String>> ASPECTS =
      List.of(
          List.of("materi", "Materi"),
          List.of("instruktur", "Instruktur"),
          List.of("fasilitas", "Fasilitas"));

  static final List<String> STATUSES =
      List.of("Belum diterapkan", "Sebagian diterapkan", "Sepenuhnya diterapkan");

  @Override
  public List<FormDefinition> forms() {
    return List.of(survey(), interview(), observation(), supervision());
  }

  private static FormDefinition survey() {
    return new FormDefinition(
        SURVEY,
        1,
        "Survei Materi, Instruktur dan Fasilitas",
        "Diisi peserta tanpa nama pada akhir pelatihan.",
        Audience.PARTICIPANT,
        new Timing(TimingKind.COURSE_END, 0),
        true,
        List.of(
            new Section(
                "Materi",
                List.of(
                    likert(
                        "materi-sesuai-tugas",
                        "materi",
                        "Materi sesuai dengan tugas administratif saya."),
                    likert(
                        "materi-prosedur-jelas",
                        "materi",
                        "Prosedur dan alur kerja dijelaskan dengan jelas."),
                    likert(
                        "materi-bisa-diterapkan",
                        "materi",
                        "Materi dapat langsung diterapkan dalam pekerjaan sehari-hari."))),
            new Section(
                "Instruktur",
                List.of(
                    likert("instruktur-menguasai", "instruktur", "Instruktur menguasai materi."),
                    likert(
                        "instruktur-menjelaskan",
                        "instruktur",
                        "Instruktur menjelaskan dengan cara yang mudah dipahami."),
                    likert(
                        "instruktur-interaktif",
                        "instruktur",
                        "Instruktur memberi kesempatan bertanya dan berdiskusi."))),
            new Section(
                "Fasilitas",
                List.of(
                    likert("fasilitas-ruang", "fasilitas", "Ruang pelatihan nyaman dan memadai."),
                    likert(
                        "fasilitas-peralatan",
                        "fasilitas",
                        "Peralatan dan bahan ajar tersedia dan berfungsi baik."),
                    likert(
                        "fasilitas-jadwal",
                        "fasilitas",
                        "Jadwal dan waktu pelatihan tertata dengan baik."),
                    text(
                        "saran-perbaikan",
                        "umum",
                        "Saran perbaikan untuk materi, instruktur atau fasilitas.",
                        false)))));
  }

  private static FormDefinition interview() {
    return new FormDefinition(
        INTERVIEW,
        1,
        "Wawancara Pascapelatihan",
        "Dipakai penyelenggara untuk mewawancarai peserta sebulan setelah pelatihan.",
        Audience.ORGANISER,
        new Timing(TimingKind.AFTER_COMPLETION, 30),
        false,
        List.of(
            new Section(
                "Wawancara",
                List.of(
                    single(
                        "sudah-diterapkan",
                        "penerapan",
                        "Apakah ilmu dari pelatihan sudah diterapkan?",
                        "Belum",
                        "Sebagian",
                        "Sudah"),
                    text(
                        "contoh-penerapan",
                        "penerapan",
                        "Ceritakan contoh penerapan dalam pekerjaan sehari-hari.",
                        true),
                    text(
                        "hambatan",
                        "penerapan",
                        "Apa hambatan menerapkan ilmu dari pelatihan?",
                        false),
                    text(
                        "dampak-layanan",
                        "pelayanan",
                        "Apakah informasi kepada masyarakat menjadi lebih jelas? Beri contoh.",
                        false)))));
  }

  private static FormDefinition observation() {
    return new FormDefinition(
        OBSERVATION,
        1,
        "Observasi Langsung di Tempat Kerja",
        "Diisi atasan yang mengamati langsung pekerjaan pegawai 30 hari setelah pelatihan.",
        Audience.SUPERVISOR,
        new Timing(TimingKind.AFTER_COMPLETION, 30),
        false,
        List.of(
            new Section(
                "Pengamatan",
                List.of(
                    likert(
                        "mengikuti-prosedur",
                        "produktivitas",
                        "Pegawai mengikuti prosedur dan alur kerja yang diajarkan."),
                    likert(
                        "dokumen-akurat",
                        "produktivitas",
                        "Kesalahan dalam pengolahan dokumen berkurang."),
                    likert(
                        "layanan-cepat",
                        "pelayanan",
                        "Pegawai melayani masyarakat dengan lebih cepat dan responsif."),
                    likert(
                        "informasi-jelas",
                        "pelayanan",
                        "Pegawai memberi informasi yang jelas kepada masyarakat."),
                    number(
                        "kesalahan-dokumen-per-minggu",
                        "produktivitas",
                        "Jumlah kesalahan dokumen yang teramati dalam seminggu."),
                    text("catatan-observasi", "umum", "Catatan observasi.", false)))));
  }

  private static FormDefinition supervision() {
    return new FormDefinition(
        SUPERVISION,
        1,
        "Tindak Lanjut dan Supervisi Penerapan",
        "Diisi atasan tiga bulan setelah pelatihan untuk memastikan ilmu benar-benar diterapkan.",
        Audience.SUPERVISOR,
        new Timing(TimingKind.AFTER_COMPLETION, 90),
        false,
        List.of(
            new Section(
                "Supervisi",
                List.of(
                    single(
                        STATUS,
                        "penerapan",
                        "Sejauh mana pegawai menerapkan hasil pelatihan?",
                        STATUSES.toArray(String[]::new)),
                    single(
                        NEEDS_SUPPORT,
                        "penerapan",
                        "Apakah pegawai memerlukan pendampingan lanjutan?",
                        "Ya",
                        "Tidak"),
                    text(
                        "rencana-tindak-lanjut",
                        "penerapan",
                        "Rencana tindak lanjut yang disepakati dengan pegawai.",
                        true)))));
  }
}
