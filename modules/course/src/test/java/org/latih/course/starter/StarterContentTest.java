package org.latih.course.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latih.course.content.api.CoursePackage;
import org.latih.course.content.control.InvalidPackageException;
import org.latih.course.content.control.PackageFiles;
import org.latih.course.content.control.PackageParser;

/**
 * Every course of the shipped starter catalogue is a valid package with the substance the catalogue
 * promises: two or more modules, three or more lessons, and parallel pre/post tests of ten
 * questions each. Run {@link #main} on one folder to see its problems while writing it.
 */
class StarterContentTest {

  private static final Path CONTENT = Path.of("../../content");
  private static final Pattern QUESTION = Pattern.compile("(?m)^::[^:]+::");

  static List<String> catalogue() throws IOException {
    return Files.readAllLines(CONTENT.resolve("catalogue.txt")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("catalogue")
  void courseIsAValidPackageOfRealSubstance(String id) {
    CoursePackage course = PackageParser.parse(folder(id));
    assertEquals(id, course.id());
    assertTrue(course.modules().size() >= 2, "at least two modules");
    assertTrue(
        course.modules().stream().mapToInt(m -> m.lessons().size()).sum() >= 3,
        "at least three lessons");
    assertEquals(10, questions(course, "preTest"), "pre-test questions");
    assertEquals(10, questions(course, "postTest"), "post-test questions");
  }

  private static PackageFiles folder(String id) {
    return PackageFiles.fromFolder(CONTENT.resolve(id), PackageFiles.Limits.DEFAULT);
  }

  private static long questions(CoursePackage course, String field) {
    var file = course.questionFiles().get(field);
    return file == null ? 0 : QUESTION.matcher(file.text()).results().count();
  }

  /** Prints every problem of the package folders given, for authors of starter content. */
  public static void main(String[] folders) {
    for (String folder : folders) {
      try {
        CoursePackage course =
            PackageParser.parse(
                PackageFiles.fromFolder(Path.of(folder), PackageFiles.Limits.DEFAULT));
        System.out.println(folder + ": OK, " + course.modules().size() + " modules");
      } catch (InvalidPackageException e) {
        e.problems()
            .forEach(
                p ->
                    System.out.println(
                        folder
                            + ": "
                            + p.where()
                            + " "
                            + p.messageKey()
                            + " "
                            + Arrays.toString(p.args())));
      }
    }
  }
}
