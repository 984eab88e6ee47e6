package org.latih.testing.seed;

import java.util.List;
import java.util.Locale;

/**
 * The words seeded rows are made of: names, units, posts and course titles of a local government.
 */
final class Words {

  static final List<String> FIRST_NAMES =
      List.of(
          "Agus",
          "Ani",
          "Budi",
          "Citra",
          "Dedi",
          "Dewi",
          "Eko",
          "Fitri",
          "Gita",
          "Hendra",
          "Indah",
          "Joko",
          "Kartika",
          "Lestari",
          "Maria",
          "Nur",
          "Oktavia",
          "Putu",
          "Rina",
          "Rudi",
          "Sari",
          "Slamet",
          "Theresia",
          "Umar",
          "Wayan",
          "Yohanes",
          "Yuliana",
          "Yosef",
          "Made",
          "Ketut",
          "Fransiska",
          "Antonius",
          "Benediktus",
          "Margaretha",
          "Siti",
          "Rahmat");

  static final List<String> LAST_NAMES =
      List.of(
          "Pah",
          "Ndun",
          "Fanggidae",
          "Lay",
          "Bessie",
          "Manafe",
          "Kana",
          "Tallo",
          "Amalo",
          "Riwu",
          "Saragih",
          "Siregar",
          "Nainggolan",
          "Wijaya",
          "Santoso",
          "Hidayat",
          "Kurniawan",
          "Pratama",
          "Lestari",
          "Rahayu",
          "Setiawan",
          "Nugroho",
          "Sihombing",
          "Tanesib",
          "Benu",
          "Toni",
          "Hayon",
          "Kolo",
          "Seran",
          "Nalle");

  static final List<String> UNITS =
      List.of(
          "Sekretariat Daerah",
          "Sekretariat DPRD",
          "Inspektorat",
          "Badan Perencanaan Pembangunan Daerah",
          "Badan Pengelolaan Keuangan dan Aset Daerah",
          "Badan Pendapatan Daerah",
          "Badan Kepegawaian dan Pengembangan SDM",
          "Badan Penanggulangan Bencana Daerah",
          "Badan Kesatuan Bangsa dan Politik",
          "Dinas Pendidikan dan Kebudayaan",
          "Dinas Kesehatan",
          "Dinas Pekerjaan Umum dan Penataan Ruang",
          "Dinas Perumahan dan Kawasan Permukiman",
          "Dinas Sosial",
          "Dinas Tenaga Kerja",
          "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
          "Dinas Pangan",
          "Dinas Lingkungan Hidup",
          "Dinas Kependudukan dan Pencatatan Sipil",
          "Dinas Pemberdayaan Masyarakat dan Kelurahan",
          "Dinas Pengendalian Penduduk dan Keluarga Berencana",
          "Dinas Perhubungan",
          "Dinas Komunikasi dan Informatika",
          "Dinas Koperasi dan Usaha Mikro",
          "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
          "Dinas Kepemudaan dan Olahraga",
          "Dinas Pariwisata",
          "Dinas Perpustakaan dan Kearsipan",
          "Dinas Kelautan dan Perikanan",
          "Dinas Pertanian",
          "Dinas Perindustrian dan Perdagangan",
          "Satuan Polisi Pamong Praja",
          "Dinas Pemadam Kebakaran",
          "Rumah Sakit Umum Daerah",
          "Kecamatan Alak",
          "Kecamatan Maulafa",
          "Kecamatan Oebobo",
          "Kecamatan Kelapa Lima",
          "Kecamatan Kota Raja",
          "Kecamatan Kota Lama");

  static final List<String> POSTS =
      List.of(
          "Analis Kebijakan",
          "Pranata Komputer",
          "Pengelola Keuangan",
          "Analis Sumber Daya Manusia Aparatur",
          "Perencana",
          "Auditor",
          "Arsiparis",
          "Pengadministrasi Umum",
          "Penyuluh Kesehatan Masyarakat",
          "Statistisi",
          "Pengawas Penyelenggaraan Urusan Pemerintahan",
          "Guru Ahli Pertama");

  static final List<String> GRADES =
      List.of("II/c", "II/d", "III/a", "III/a", "III/b", "III/b", "III/c", "III/d", "IV/a");

  static final List<String> COURSES =
      List.of(
          "Manajemen Waktu",
          "Pelayanan Publik Prima",
          "Penyusunan Anggaran Berbasis Kinerja",
          "Etika dan Integritas ASN",
          "Komunikasi Efektif",
          "Kepemimpinan Pengawas",
          "Analisis Kebijakan Publik",
          "Pengadaan Barang dan Jasa",
          "Penulisan Naskah Dinas",
          "Keamanan Informasi",
          "Manajemen Risiko",
          "Penanganan Pengaduan Masyarakat",
          "Sistem Akuntabilitas Kinerja",
          "Pengelolaan Arsip Dinamis",
          "Statistik untuk Perencanaan",
          "Literasi Data",
          "Moderasi Beragama",
          "Wawasan Kebangsaan",
          "Pengelolaan Barang Milik Daerah",
          "Penyusunan SOP",
          "Inovasi Pelayanan",
          "Coaching dan Mentoring",
          "Manajemen Konflik",
          "Perencanaan Pembangunan Daerah",
          "Kesiapsiagaan Bencana",
          "Pelayanan Ramah Disabilitas",
          "Digitalisasi Layanan",
          "Negosiasi",
          "Penyusunan Laporan Keuangan",
          "Budaya Kerja BerAKHLAK");

  static final List<String> COMPETENCIES = List.of("TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL");

  private Words() {}

  /** The n-th of a list, numbered once the list runs out ("Dinas Sosial 2"). */
  static String nth(List<String> words, int n) {
    String word = words.get(n % words.size());
    return n < words.size() ? word : word + " " + (n / words.size() + 1);
  }

  static String person(int n) {
    return FIRST_NAMES.get(n % FIRST_NAMES.size())
        + " "
        + LAST_NAMES.get((n / FIRST_NAMES.size() + n * 7) % LAST_NAMES.size());
  }

  /** kebab-case: "Etika dan Integritas ASN" becomes "etika-dan-integritas-asn". */
  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
