package org.latih.course.content.control;

import java.util.List;
import org.latih.course.CourseProblem;
import org.latih.course.content.api.PackageProblem;
import org.latih.kernel.rest.DomainException;

/**
 * A course package was refused. Carries every problem found, each named by file and line, so an
 * author can fix them all at once; nothing of the package was stored.
 */
public class InvalidPackageException extends DomainException {

  private final List<PackageProblem> problems;

  public InvalidPackageException(List<PackageProblem> problems) {
    super(
        CourseProblem.INVALID_PACKAGE,
        "package.invalid",
        problems.stream().map(p -> new FieldProblem(p.where(), p.messageKey(), p.args())).toList(),
        problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<PackageProblem> problems() {
    return problems;
  }
}
