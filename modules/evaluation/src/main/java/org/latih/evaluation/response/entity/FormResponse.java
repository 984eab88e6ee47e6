package org.latih.evaluation.response.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.latih.kernel.identity.region.entity.Region;

/**
 * One person's answers to one form (a plugin's or the region's own), for a course or none.
 * Anonymous forms keep no user, only a digest that lets the same person be refused a second answer.
 */
@Entity
@Table(name = "form_responses")
@NamedQuery(
    name = FormResponse.OF_FORM,
    query =
        "SELECT r FROM FormResponse r WHERE r.region.id = :regionId AND r.pluginId = :pluginId"
            + " AND r.formId = :formId ORDER BY r.id")
@NamedQuery(
    name = FormResponse.BY_RESPONDENT,
    query =
        "SELECT r FROM FormResponse r WHERE r.pluginId = :pluginId AND r.formId = :formId"
            + " AND r.respondent = :respondent")
public class FormResponse {

  public static final String OF_FORM = "FormResponse.ofForm";
  public static final String BY_RESPONDENT = "FormResponse.byRespondent";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_responses_seq")
  @SequenceGenerator(
      name = "form_responses_seq",
      sequenceName = "form_responses_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "plugin_id", nullable = false, length = 40)
  private String pluginId;

  @Column(name = "form_id", nullable = false, length = 80)
  private String formId;

  @Column(name = "form_version")
  private int formVersion;

  @Column(name = "course_code", length = 80)
  private String courseCode;

  @Column(length = 200)
  private String cohort;

  @Column(name = "unit_kerja", length = 200)
  private String unitKerja;

  /** What the answer is about beyond its course: session-ID, person-ID, cohort-ID or nothing. */
  @Column(length = 40)
  private String about;

  @Column(name = "response_year")
  private int year;

  @Column(name = "user_id")
  private Long userId;

  @Column(nullable = false, length = 64)
  private String respondent;

  @Column(nullable = false, length = 100000)
  private String answers;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected FormResponse() {}

  /**
   * What a response is about: the form, its course and cohort, the unit kerja it speaks for (the
   * respondent's, or the assessed participant's) and the occasion (a session, a person, a cohort).
   */
  public record Subject(
      Region region,
      String pluginId,
      String formId,
      int formVersion,
      String courseCode,
      String cohort,
      String unitKerja,
      String about,
      int year) {}

  public FormResponse(Subject s, Long userId, String respondent, String answers, Instant now) {
    this.region = s.region();
    this.pluginId = s.pluginId();
    this.formId = s.formId();
    this.formVersion = s.formVersion();
    this.courseCode = s.courseCode();
    this.cohort = s.cohort();
    this.unitKerja = s.unitKerja();
    this.about = s.about();
    this.year = s.year();
    this.userId = userId;
    this.respondent = respondent;
    this.answers = answers;
    this.submittedAt = now;
  }

  public String courseCode() {
    return courseCode;
  }

  public String cohort() {
    return cohort;
  }

  public String unitKerja() {
    return unitKerja;
  }

  public String formId() {
    return formId;
  }

  public int year() {
    return year;
  }

  /** The answers as JSON: item id to answer text. */
  public String answers() {
    return answers;
  }
}
