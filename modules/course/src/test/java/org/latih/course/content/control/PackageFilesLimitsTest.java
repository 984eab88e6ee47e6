package org.latih.course.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile zips: each is refused by reading no more than the limit it crosses. */
class PackageFilesLimitsTest {

  private static final PackageFiles.Limits LIMITS =
      new PackageFiles.Limits(20L << 20, 200L << 20, 2_000, 100);

  /**
   * A zip with one entry claiming {@code bytes} zeros, with the bytes actually inflated counted.
   */
  private static byte[] bomb(long bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("attachments/big.pdf"));
      byte[] zeros = new byte[1 << 16];
      for (long written = 0; written < bytes; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write("{}".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static List<String> keys(PackageFiles files) {
    return files.problems().stream().map(p -> p.messageKey()).toList();
  }

  @Test
  void aZipBombIsStoppedAtTheRatioLimitWithoutInflatingTheRest() throws IOException {
    byte[] zip = bomb(1L << 30); // 1 GiB of zeros, about 1 MB compressed
    Counting in = new Counting(new ByteArrayInputStream(zip));
    PackageFiles files = PackageFiles.fromZip(in, LIMITS);
    assertEquals(List.of("package.ratio"), keys(files));
    assertTrue(files.files().isEmpty());
    // reading stopped at the crossing: only a small part of the compressed bytes was taken
    assertTrue(in.count < zip.length / 10, in.count + " of " + zip.length + " bytes read");
  }

  @Test
  void aFileOverTheSizeLimitStopsTheReading() throws IOException {
    byte[] zip = bomb(64L << 20);
    Counting in = new Counting(new ByteArrayInputStream(zip));
    PackageFiles files =
        PackageFiles.fromZip(in, new PackageFiles.Limits(1L << 20, 200L << 20, 2_000, 10_000));
    assertEquals(List.of("package.fileTooLarge"), keys(files));
    assertTrue(in.count < zip.length / 4, in.count + " of " + zip.length + " bytes read");
  }

  @Test
  void aDuplicateEntryIsRefusedNotOverwritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write("{\"id\":\"first\"}".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      // ZipOutputStream refuses the same name twice; a hand-made zip does not, and ./ normalises
      zip.putNextEntry(new ZipEntry("./manifest.json"));
      zip.write("{\"id\":\"second\"}".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    PackageFiles files = PackageFiles.fromZip(new ByteArrayInputStream(out.toByteArray()), LIMITS);
    assertEquals(List.of("package.duplicateEntry"), keys(files));
    InvalidPackageException refused =
        assertThrows(InvalidPackageException.class, () -> PackageParser.parse(files));
    assertTrue(
        refused.problems().stream().anyMatch(p -> p.messageKey().equals("package.duplicateEntry")));
  }

  @Test
  void aManifestNestedDeeplyIsAProblemNotACrash() {
    Map<String, Object> files = TestPackages.valid();
    files.put(
        "manifest.json",
        "{\"id\":\"x\",\"tags\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    InvalidPackageException refused =
        assertThrows(
            InvalidPackageException.class, () -> PackageParser.parse(TestPackages.files(files)));
    assertEquals(
        List.of("manifest.tooDeep"), refused.problems().stream().map(p -> p.messageKey()).toList());
  }

  @Test
  void ordinaryCompressibleTextIsNotMistakenForABomb() throws IOException {
    Map<String, Object> files = TestPackages.valid();
    String[] words = {"pelatihan", "aparatur", "daerah", "modul", "kompetensi", "teknis", "nilai"};
    java.util.Random random = new java.util.Random(14);
    StringBuilder text = new StringBuilder("---\ntitle: Dua\n---\n\n");
    while (text.length() < (2 << 20)) {
      text.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
    }
    files.put("lessons/02-dua.md", text.toString());
    PackageFiles read =
        PackageFiles.fromZip(new ByteArrayInputStream(TestPackages.zip(files)), LIMITS);
    assertEquals(List.of(), keys(read));
  }

  private static final class Counting extends java.io.FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }
  }
}
