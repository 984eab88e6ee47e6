package org.latih.report.outcome.control;

import java.util.function.Function;
import org.latih.kernel.rest.InvalidInputException;

/**
 * What the outcome report's rows are: one per course, cohort, unit kerja, rank, position, region or
 * year.
 */
public enum GroupBy {
  COURSE("course", d -> d.courseCode(), d -> d.courseTitle()),
  COHORT(
      "cohort",
      d -> d.cohortId() == null ? null : String.valueOf(d.cohortId()),
      d -> d.cohortName() == null ? null : d.cohortName() + " — " + d.courseTitle()),
  UNIT_KERJA("unitKerja", Dimensions::unitKerja, Dimensions::unitKerja),
  GOLONGAN("golongan", Dimensions::golongan, Dimensions::golongan),
  JABATAN("jabatan", Dimensions::jabatan, Dimensions::jabatan),
  REGION("region", Dimensions::regionCode, Dimensions::regionName),
  YEAR("year", d -> String.valueOf(d.year()), d -> String.valueOf(d.year()));

  private final String param;
  private final Function<Dimensions, String> key;
  private final Function<Dimensions, String> label;

  GroupBy(String param, Function<Dimensions, String> key, Function<Dimensions, String> label) {
    this.param = param;
    this.key = key;
    this.label = label;
  }

  public String param() {
    return param;
  }

  /**
   * The group of a row; null when the row has no value here (a self-paced learner has no cohort).
   */
  public String key(Dimensions d) {
    return key.apply(d);
  }

  public String label(Dimensions d) {
    return label.apply(d);
  }

  public static GroupBy parse(String text) {
    if (text == null || text.isBlank()) {
      return COURSE;
    }
    for (GroupBy g : values()) {
      if (g.param.equals(text.strip())) {
        return g;
      }
    }
    throw new InvalidInputException("groupBy", "report.groupBy", text);
  }
}
