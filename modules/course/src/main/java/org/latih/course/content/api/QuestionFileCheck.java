package org.latih.course.content.api;

import java.util.List;
import org.latih.course.content.api.CoursePackage.QuestionFile;

/**
 * Checks a package's question files before anything is imported, so a package whose tests cannot be
 * read is refused whole. The assessment module, which reads GIFT and Moodle XML, provides it.
 */
public interface QuestionFileCheck {

  List<PackageProblem> check(QuestionFile file);
}
