package org.latih.assessment.question.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.latih.course.course.api.Course;

/**
 * A question of a course's bank, in a category such as {@code manajemen-waktu/pre}. Its content
 * lives in versions: a change adds a version and leaves the old one for the attempts that asked it.
 */
@Entity
@Table(name = "questions")
@NamedQuery(
    name = Question.OF_COURSE,
    query = "SELECT q FROM Question q WHERE q.course.id = :courseId ORDER BY q.category, q.id")
@NamedQuery(
    name = Question.IN_CATEGORY,
    query =
        "SELECT q FROM Question q WHERE q.course.id = :courseId AND q.category = :category"
            + " ORDER BY q.id")
public class Question {

  public static final String OF_COURSE = "Question.ofCourse";
  public static final String IN_CATEGORY = "Question.inCategory";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questions_seq")
  @SequenceGenerator(name = "questions_seq", sequenceName = "questions_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false, length = 200)
  private String category;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 1000)
  private String tags;

  /** Where an import found it ({@code id:..}, {@code file:..#n}); null when made by hand. */
  @Column(name = "source_key", length = 500)
  private String sourceKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<QuestionVersion> versions = new ArrayList<>();

  protected Question() {}

  public Question(
      Course course, String category, QuestionContent content, List<String> tags, Instant now) {
    this.course = course;
    this.createdAt = now;
    file(category, tags, now);
    versions.add(new QuestionVersion(this, 1, content, now));
    this.name = content.name();
  }

  /**
   * Changes the question: a new version when the content differs, none when it is the same (so a
   * re-import of an unchanged file adds nothing).
   *
   * @return true if a new version was added
   */
  public boolean revise(QuestionContent content, Instant now) {
    if (current().content().equals(content)) {
      return false;
    }
    versions.add(new QuestionVersion(this, current().number() + 1, content, now));
    this.name = content.name();
    this.updatedAt = now;
    return true;
  }

  public void file(String category, List<String> tags, Instant now) {
    if (category == null || category.isBlank() || category.length() > 200) {
      throw new InvalidQuestionException("question.category", String.valueOf(category));
    }
    this.category = category.strip();
    this.tags = tags == null || tags.isEmpty() ? null : String.join(",", tags);
    this.updatedAt = now;
  }

  /**
   * Records where an import found this question, so the next import of the same file (or of the
   * same Moodle ID number) revises it instead of adding a copy.
   */
  public void source(String key) {
    this.sourceKey = key == null || key.isBlank() ? null : key;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public QuestionVersion current() {
    return versions.get(versions.size() - 1);
  }

  public Long id() {
    return id;
  }

  public Course course() {
    return course;
  }

  public String category() {
    return category;
  }

  public String name() {
    return name;
  }

  public List<String> tags() {
    return tags == null ? List.of() : Arrays.asList(tags.split(","));
  }
}
