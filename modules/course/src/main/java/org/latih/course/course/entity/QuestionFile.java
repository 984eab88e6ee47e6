package org.latih.course.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.TestFile;

/**
 * A pre- or post-test question file (GIFT) shipped in the course package, kept as written so the
 * assessment module can build its question banks from it and export can write it back.
 */
@Entity
@Table(name = "course_question_files")
public class QuestionFile implements TestFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_question_files_seq")
  @SequenceGenerator(
      name = "course_question_files_seq",
      sequenceName = "course_question_files_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  /** The manifest field: preTest or postTest. */
  @Column(nullable = false, length = 16)
  private String kind;

  @Column(nullable = false, length = 300)
  private String path;

  @Column(nullable = false)
  private String text;

  protected QuestionFile() {}

  public QuestionFile(Course course, String kind, String path, String text) {
    this.course = course;
    this.kind = kind;
    this.path = path;
    this.text = text;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String text() {
    return text;
  }
}
