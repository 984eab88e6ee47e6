package org.latih.evaluation.form.entity;

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
import java.util.Objects;
import org.latih.kernel.identity.region.entity.Region;

/**
 * A form given to one course (every cohort of it in the region) or to one cohort. A form without
 * assignments applies to every course of its region; once assigned, only where it is assigned.
 * Source is the plugin id, or {@code local} for a form built in the browser.
 */
@Entity
@Table(name = "form_assignments")
@NamedQuery(
    name = FormAssignment.OF_REGION,
    query = "SELECT a FROM FormAssignment a WHERE a.region.id = :regionId ORDER BY a.id")
public class FormAssignment {

  public static final String OF_REGION = "FormAssignment.ofRegion";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_assignments_seq")
  @SequenceGenerator(
      name = "form_assignments_seq",
      sequenceName = "form_assignments_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(nullable = false, length = 40)
  private String source;

  @Column(name = "form_id", nullable = false, length = 80)
  private String formId;

  @Column(name = "course_code", nullable = false, length = 80)
  private String courseCode;

  @Column(name = "cohort_id")
  private Long cohortId;

  protected FormAssignment() {}

  public FormAssignment(
      Region region, String source, String formId, String courseCode, Long cohortId) {
    this.region = region;
    this.source = source;
    this.formId = formId;
    this.courseCode = courseCode;
    this.cohortId = cohortId;
  }

  public boolean of(String source, String formId) {
    return this.source.equals(source) && this.formId.equals(formId);
  }

  /** Whether the form applies to work in this course and cohort (a cohort may be unknown). */
  public boolean covers(String courseCode, Long cohortId) {
    return this.courseCode.equals(courseCode)
        && (this.cohortId == null || Objects.equals(this.cohortId, cohortId));
  }

  public boolean same(String courseCode, Long cohortId) {
    return this.courseCode.equals(courseCode) && Objects.equals(this.cohortId, cohortId);
  }

  public Long id() {
    return id;
  }

  public String source() {
    return source;
  }

  public String formId() {
    return formId;
  }

  public String courseCode() {
    return courseCode;
  }

  public Long cohortId() {
    return cohortId;
  }
}
