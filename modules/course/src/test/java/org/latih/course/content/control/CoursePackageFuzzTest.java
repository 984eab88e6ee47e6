package org.latih.course.content.control;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * The course package reader and the lesson Markdown renderer fed arbitrary input. A package is read
 * or refused with {@link InvalidPackageException} (422 problem details); the renderer always
 * renders. Small limits keep each input's memory bounded. Every build replays the seeds in {@code
 * CoursePackageFuzzTestInputs}; {@code bench/fuzz} fuzzes.
 */
class CoursePackageFuzzTest {

  private static final PackageFiles.Limits SMALL = new PackageFiles.Limits(1 << 20, 4 << 20, 200);

  @FuzzTest(maxDuration = "30s")
  void aZipIsReadOrRefused(byte[] zip) {
    try {
      PackageParser.parse(PackageFiles.fromZip(new ByteArrayInputStream(zip), SMALL));
    } catch (InvalidPackageException refused) {
      assertFalse(refused.problems().isEmpty(), "a refusal names its problems");
    }
  }

  /** The manifest and lessons as text, past the zip layer the fuzzer rarely gets through. */
  @FuzzTest(maxDuration = "30s")
  void aManifestAndLessonAreReadOrRefused(FuzzedDataProvider data) {
    var files = TestPackages.valid();
    files.put("manifest.json", data.consumeString(4_000));
    files.put("lessons/01-satu.md", data.consumeRemainingAsString());
    try {
      PackageParser.parse(TestPackages.files(files));
    } catch (InvalidPackageException refused) {
      assertFalse(refused.problems().isEmpty(), "a refusal names its problems");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void anyMarkdownRenders(FuzzedDataProvider data) {
    LessonRenderer.render("uji-kursus", "lessons/01-satu.md", data.consumeRemainingAsString());
  }
}
