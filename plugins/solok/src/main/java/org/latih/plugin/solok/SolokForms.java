package org.latih.plugin.solok;

import static org.latih.plugin.support.Items.likert;
import static org.latih.plugin.support.Items.multiple;
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

/** Solok's pembinaan: participants' view of each activity and the supervisor's view of ethics. */
@Extension
public class SolokForms implements EvaluationForms {

  static final String PEMBINAAN = "umpan-balik-pembinaan";
  static final String ETHICS = "etika-pelayanan-publik";

  /** The Likert items of {@link #ETHICS}; the report averages them into one ethics score. */
  static final List<String> ETHICS_ITEMS =
      List.of(
          "integritas",
          "responsif",
          "ramah-santun",
          "adil-tanpa-diskriminasi",
          "tepat-waktu",
          "menolak-imbalan");

  @Override
  public List<FormDefinition> forms() {
    return List.of(pembinaan(), ethics());
  }

  private static FormDefinition pembinaan() {
    return new FormDefinition(
        PEMBINAAN,
        1,
        "Umpan Balik Kegiatan Pembinaan ASN",
        "Diisi peserta tanpa nama di akhir setiap kegiatan pembinaan (pelatihan, seminar, workshop).",
        Audience.PARTICIPANT,
        new Timing(TimingKind.COURSE_END, 0),
        true,
        List.of(
            new Section(
                "Kegiatan",
                List.of(
                    single(
                        "jenis-kegiatan",
                        "pembinaan",
                        "Jenis kegiatan pembinaan yang Anda ikuti",
                        "Pelatihan",
                        "Seminar",
                        "Workshop"),
                    likert(
                        "bermanfaat",
                        "pembinaan",
                        "Kegiatan ini bermanfaat untuk pelayanan yang saya berikan kepada masyarakat."),
                    likert(
                        "nilai-pelayanan-publik",
                        "etika",
                        "Kegiatan ini memperkuat pemahaman saya tentang nilai-nilai pelayanan publik."),
                    likert(
                        "manajemen-waktu",
                        "manajemen-waktu",
                        "Saya kini dapat mengatur waktu kerja agar pelayanan lebih cepat dan tepat."))),
            new Section(
                "Partisipasi dan kesempatan",
                List.of(
                    likert(
                        "kesempatan-sama",
                        "pemerataan",
                        "Setiap pegawai di unit saya mendapat kesempatan yang sama untuk mengikuti pembinaan."),
                    likert(
                        "informasi-sampai",
                        "pemerataan",
                        "Informasi tentang kegiatan pembinaan sampai kepada saya tepat waktu."),
                    multiple(
                        "hambatan-partisipasi",
                        "partisipasi",
                        "Apa yang menghambat rekan Anda ikut pembinaan?",
                        "Beban kerja",
                        "Tidak mendapat informasi",
                        "Merasa tidak perlu",
                        "Jadwal tidak sesuai",
                        "Lokasi jauh",
                        "Tidak ada hambatan"),
                    text(
                        "usul-sosialisasi",
                        "partisipasi",
                        "Usul agar lebih banyak ASN mau berpartisipasi.",
                        false)))));
  }

  private static FormDefinition ethics() {
    return new FormDefinition(
        ETHICS,
        1,
        "Penilaian Etika Pelayanan Publik",
        "Diisi atasan langsung 60 hari setelah pegawai mengikuti pembinaan etika pelayanan publik.",
        Audience.SUPERVISOR,
        new Timing(TimingKind.AFTER_COMPLETION, 60),
        false,
        List.of(
            new Section(
                "Sikap dan perilaku",
                List.of(
                    likert("integritas", "etika", "Pegawai bekerja jujur dan berintegritas."),
                    likert("responsif", "etika", "Pegawai tanggap terhadap kebutuhan masyarakat."),
                    likert("ramah-santun", "etika", "Pegawai melayani dengan ramah dan santun."),
                    likert(
                        "adil-tanpa-diskriminasi",
                        "etika",
                        "Pegawai memperlakukan semua warga secara adil tanpa diskriminasi."),
                    likert(
                        "tepat-waktu",
                        "manajemen-waktu",
                        "Pegawai menyelesaikan layanan tepat waktu."),
                    likert(
                        "menolak-imbalan", "etika", "Pegawai menolak imbalan di luar ketentuan."))),
            new Section(
                "Catatan",
                List.of(
                    single(
                        "perubahan-perilaku",
                        "etika",
                        "Dibanding sebelum pembinaan, perilaku pelayanan pegawai",
                        "Memburuk",
                        "Tetap",
                        "Membaik"),
                    text(
                        "catatan-atasan",
                        "etika",
                        "Contoh perilaku yang perlu dibina lebih lanjut.",
                        false)))));
  }
}
