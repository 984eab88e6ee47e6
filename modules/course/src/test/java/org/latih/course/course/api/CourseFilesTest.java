package org.latih.course.course.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseFilesTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
  private static final byte[] OTHER_PNG = {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6};

  @Test
  void questionFilesAreNamedByTheirContent() {
    String name = CourseFiles.questionFileName("image.PNG", PNG);
    assertTrue(name.matches("q-[0-9a-f]{16}\\.png"), name);
    assertEquals(name, CourseFiles.questionFileName("other name.png", PNG));
    assertNotEquals(name, CourseFiles.questionFileName("image.png", OTHER_PNG));
    assertTrue(CourseFiles.questionFile(name));
    assertTrue(!CourseFiles.questionFile("image.png"));
  }

  @Test
  void typesAreCheckedByTheFirstBytes() {
    assertEquals("image/png", CourseFiles.contentType("a.png", PNG));
    assertNull(CourseFiles.contentType("a.png", "<svg onload=x>".getBytes()));
    assertNull(CourseFiles.contentType("a.svg", PNG));
  }

  @Test
  void aNewPackageVersionKeepsTheBanksImagesAndBringsThemOnce() {
    Course course = new Course("K-1", null, Instant.EPOCH);
    String image = CourseFiles.questionFileName("a.png", PNG);
    course.addAttachment("materi.pdf", "application/pdf", "%PDF".getBytes());
    course.addAttachment(image, "image/png", PNG);
    course.clearContent();
    assertEquals(List.of(image), course.attachments().stream().map(AttachedFile::name).toList());
    // a package exported with the image and imported again
    course.addAttachment(image, "image/png", PNG);
    course.addAttachment("materi.pdf", "application/pdf", "%PDF".getBytes());
    assertEquals(2, course.attachments().size());
  }
}
