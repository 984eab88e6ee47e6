package org.latih.course.content.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small course packages built in memory for the tests. */
final class TestPackages {

  static final byte[] PDF = "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII);

  private TestPackages() {}

  /** A valid two-module package; tests change one file to make it invalid. */
  static Map<String, Object> valid() {
    Map<String, Object> files = new LinkedHashMap<>();
    files.put(
        "manifest.json",
        """
        {
          "id": "uji-kursus",
          "version": "1.0.0",
          "title": "Kursus Uji",
          "description": "Kursus kecil untuk pengujian.",
          "jp": 4,
          "competencyType": "teknis",
          "language": "id",
          "tags": ["uji"],
          "modules": [
            {"title": "Modul 1", "lessons": ["lessons/01-satu.md", "lessons/02-dua.md"]},
            {"title": "Modul 2", "lessons": ["lessons/03-tiga.md"]}
          ],
          "preTest": "questions/pre-test.gift"
        }
        """);
    files.put(
        "lessons/01-satu.md",
        "---\ntitle: Satu\nminutes: 10\n---\n\n## Pembuka\n\nLihat [lembar kerja](../attachments/lembar.pdf) dan [pelajaran dua](02-dua.md).\n");
    files.put(
        "lessons/02-dua.md",
        "---\ntitle: Dua\n---\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[Situs](https://example.org)\n");
    files.put(
        "lessons/03-tiga.md",
        "---\ntitle: Tiga\nvideo: https://example.org/video\n---\n\nTeks **tebal**.\n");
    files.put("attachments/lembar.pdf", PDF);
    files.put("questions/pre-test.gift", "::Q1:: 1+1? {=2 ~3}\n");
    return files;
  }

  static byte[] zip(Map<String, Object> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        Object content = file.getValue();
        zip.write(
            content instanceof byte[] bytes
                ? bytes
                : content.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static PackageFiles files(Map<String, Object> files) {
    return PackageFiles.fromZip(new ByteArrayInputStream(zip(files)), PackageFiles.Limits.DEFAULT);
  }
}
