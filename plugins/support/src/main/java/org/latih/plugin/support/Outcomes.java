package org.latih.plugin.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;

/**
 * The outcome rows a report may use, narrowed to the request and cleaned of nulls.
 *
 * <p>The course filter applies to every row that names a course. Only enrolments carry a year, so
 * with a year set, attendance, scores and responses are kept when their course and cohort have an
 * enrolment in that year. Indicators are never narrowed: comparisons need earlier periods.
 */
public final class Outcomes {

  public static final Locale ID = Locale.forLanguageTag("id-ID");
  public static final String NO_UNIT = "(tanpa unit kerja)";
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private final OutcomeView view;
  private final String course;
  private final Integer year;
  private final List<EnrolmentRow> enrolments;
  private final Set<String> cohortsOfYear = new HashSet<>();

  public Outcomes(ReportRequest request, OutcomeView view) {
    this.view = view;
    this.course = request == null ? null : blankToNull(request.courseCode());
    this.year = request == null ? null : request.year();
    this.enrolments = new ArrayList<>();
    for (EnrolmentRow row : safe(view == null ? null : view::enrolments)) {
      if (courseMatches(row.course()) && (year == null || year == row.year())) {
        enrolments.add(row);
        cohortsOfYear.add(key(row.course(), row.cohort()));
      }
    }
  }

  public List<EnrolmentRow> enrolments() {
    return enrolments;
  }

  public List<AttendanceRow> attendance() {
    return safe(view == null ? null : view::attendance).stream()
        .filter(r -> inScope(r.course(), r.cohort()))
        .toList();
  }

  public List<ScoreRow> testScores() {
    return safe(view == null ? null : view::testScores).stream()
        .filter(r -> inScope(r.course(), r.cohort()))
        .toList();
  }

  public List<ResponseRow> responses(String formId) {
    return safe(view == null ? null : () -> view.formResponses(formId)).stream()
        .filter(r -> inScope(r.course(), r.cohort()))
        .toList();
  }

  public List<IndicatorRow> indicators() {
    return safe(view == null ? null : view::unitIndicators);
  }

  public Integer year() {
    return year;
  }

  private boolean inScope(String rowCourse, String rowCohort) {
    return courseMatches(rowCourse)
        && (year == null || cohortsOfYear.contains(key(rowCourse, rowCohort)));
  }

  private boolean courseMatches(String rowCourse) {
    return course == null || course.equalsIgnoreCase(Objects.toString(rowCourse, "").trim());
  }

  private static String key(String course, String cohort) {
    return Objects.toString(course, "").trim().toLowerCase(Locale.ROOT)
        + "|"
        + Objects.toString(cohort, "").trim().toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> safe(Supplier<List<T>> rows) {
    if (rows == null) {
      return List.of();
    }
    List<T> list = rows.get();
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  // ---- small statistics and formatting shared by the reports of this plugin ----

  /** The unit's name, or a placeholder for rows without one; {@link Texts#unit} in a language. */
  public static String unit(String unitKerja) {
    return unitKerja == null || unitKerja.isBlank() ? NO_UNIT : unitKerja.trim();
  }

  /** {@code part / whole} in percent, or null when there is no whole. */
  public static Double percent(long part, long whole) {
    return whole <= 0 ? null : 100.0 * part / whole;
  }

  /** The mean of the non-null values, or null when there are none. */
  public static Double mean(Collection<Double> values) {
    double sum = 0;
    int n = 0;
    for (Double v : values) {
      if (v != null && !v.isNaN()) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /**
   * One decimal, Indonesian style ({@code 87,5}); a dash when there is no value. {@link
   * Texts#decimal} writes it in the reader's language.
   */
  public static String fmt(Double value) {
    return value == null ? "–" : String.format(ID, "%.1f", value);
  }

  /** A value for a chart series: missing values are drawn as zero. */
  public static Double chartValue(Double value) {
    return value == null ? 0.0 : Math.round(value * 10) / 10.0;
  }

  /** An answer read as a number ({@code "4"}, {@code "4,5"}), or null when it is not one. */
  public static Double number(Map<String, String> answers, String itemId) {
    if (answers == null) {
      return null;
    }
    String text = answers.get(itemId);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An answer as trimmed text, or null when blank. */
  public static String text(Map<String, String> answers, String itemId) {
    if (answers == null) {
      return null;
    }
    String text = answers.get(itemId);
    return text == null || text.isBlank() ? null : text.trim();
  }

  /**
   * The options chosen in a multiple-choice answer, separated by {@code ;}, {@code |} or a new
   * line.
   */
  public static List<String> choices(Map<String, String> answers, String itemId) {
    String text = text(answers, itemId);
    if (text == null) {
      return List.of();
    }
    return java.util.Arrays.stream(text.split("[;|\\n]"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The year a period such as {@code 2025} or {@code 2025-Q3} falls in, or null. */
  public static Integer yearOf(String period) {
    if (period == null) {
      return null;
    }
    Matcher m = YEAR.matcher(period);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
