package org.latih.assessment.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.latih.course.content.api.CoursePackage;
import org.latih.course.content.api.PackageProblem;
import org.latih.course.content.api.QuestionFileCheck;

/**
 * Reads a course package's question files (GIFT, or Moodle XML for {@code .xml}) and, before the
 * package is imported, reports every problem in them by file and line.
 */
@ApplicationScoped
public class QuestionFiles implements QuestionFileCheck {

  @Override
  public List<PackageProblem> check(CoursePackage.QuestionFile file) {
    return parse(file.path(), file.text()).problems().stream()
        .map(p -> new PackageProblem(file.path(), p.line(), p.messageKey(), p.args().toArray()))
        .toList();
  }

  public static ImportResult parse(String path, String text) {
    return ImportLimits.DEFAULT.check(
        path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")
            ? MoodleXmlFormat.parse(text)
            : GiftFormat.parse(text));
  }
}
