package org.latih.course.course.entity;

import java.util.ArrayList;
import java.util.List;
import org.latih.course.course.api.CompetencyType;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/** What a manifest or the course form says about a course, checked as a whole. */
public record CourseDescription(
    String version,
    String title,
    String description,
    int jp,
    CompetencyType competencyType,
    String language,
    List<String> tags) {

  public CourseDescription {
    List<FieldProblem> problems = new ArrayList<>();
    if (title == null || title.isBlank() || title.length() > 200) {
      problems.add(new FieldProblem("title", "course.field", "title"));
    }
    if (description == null || description.isBlank() || description.length() > 4000) {
      problems.add(new FieldProblem("description", "course.field", "description"));
    }
    if (jp < 1 || jp > 100) {
      problems.add(new FieldProblem("jp", "manifest.jp", jp));
    }
    if (competencyType == null) {
      problems.add(new FieldProblem("competencyType", "course.field", "competencyType"));
    }
    if (!"id".equals(language) && !"en".equals(language)) {
      problems.add(new FieldProblem("language", "manifest.language", language));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    title = title.strip();
    description = description.strip();
    tags =
        tags == null
            ? List.of()
            : tags.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty() && !t.contains(","))
                .toList();
  }
}
