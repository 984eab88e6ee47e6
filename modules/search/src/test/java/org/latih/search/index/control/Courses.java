package org.latih.search.index.control;

import java.util.List;
import java.util.stream.IntStream;
import org.latih.search.index.control.CourseDocument.Part;

/** A small catalogue of courses with known words, regions and publication states. */
final class Courses {

  private Courses() {}

  /** Shared, published, Indonesian, teknis, 8 JP. */
  static CourseDocument pelayananPrima() {
    return new CourseDocument(
        "PEL-01",
        "Pelayanan Prima",
        "Pelatihan tentang pelayanan publik yang prima dan berintegritas bagi ASN.",
        List.of("pelayanan", "publik"),
        "id",
        "teknis",
        8,
        null,
        true,
        List.of(
            lesson("l1", "Pengantar", "Instruktur akan melatih peserta menyapa masyarakat."),
            lesson("l2", "Praktik", "Latihan menangani keluhan warga secara langsung.")));
  }

  /** Region 32, published, manajerial, 16 JP; "pelayanan" only in a lesson body. */
  static CourseDocument keuanganDaerah() {
    return new CourseDocument(
        "KEU-01",
        "Pengelolaan Keuangan Daerah",
        "Anggaran dan pelaporan.",
        List.of(),
        "id",
        "manajerial",
        16,
        "32",
        true,
        List.of(
            lesson(
                "k1",
                "Anggaran Kinerja",
                "Penyusunan anggaran berbasis kinerja, integritas dan pelayanan keuangan.")));
  }

  /** Shared, published, English, manajerial, 4 JP. */
  static CourseDocument leadership() {
    return new CourseDocument(
        "ENG-01",
        "Leadership Trainings",
        "Trainings for new leaders.",
        List.of("management"),
        "en",
        "manajerial",
        4,
        null,
        true,
        List.of(lesson("e1", "Coaching", "Effective coaching of teams.")));
  }

  /** Region 32, NOT published, sosial-kultural, 2 JP. */
  static CourseDocument etikaDraft() {
    return new CourseDocument(
        "DRF-01",
        "Etika ASN",
        "Kode etik pegawai dan integritas.",
        List.of(),
        "id",
        "sosial-kultural",
        2,
        "32",
        false,
        List.of());
  }

  /** Region 91, published, teknis, 24 JP. */
  static CourseDocument kesehatanPapua() {
    return new CourseDocument(
        "PAP-01",
        "Pelayanan Kesehatan Dasar",
        "Puskesmas dan integritas tenaga kesehatan.",
        List.of(),
        "id",
        "teknis",
        24,
        "91",
        true,
        List.of());
  }

  static List<CourseDocument> all() {
    return List.of(
        pelayananPrima(), keuanganDaerah(), leadership(), etikaDraft(), kesehatanPapua());
  }

  /** A shared course with {@code lessons} lessons that all mention "arsip". */
  static CourseDocument arsip(int lessons) {
    List<Part> parts =
        IntStream.rangeClosed(1, lessons)
            .mapToObj(i -> lesson("a" + i, "Bagian " + i, "Pengelolaan arsip dinamis bagian " + i))
            .toList();
    return new CourseDocument(
        "ARS-01", "Tata Naskah", "Naskah dinas.", List.of(), "id", "teknis", 6, null, true, parts);
  }

  static Part lesson(String key, String title, String text) {
    return new Part("lesson", key, title, "Modul 1", text);
  }

  static LuceneCourseIndex indexed(java.nio.file.Path dir) throws java.io.IOException {
    LuceneCourseIndex index = new LuceneCourseIndex(dir);
    all().forEach(index::put);
    return index;
  }
}
