package org.latih.course.course.api;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Optional;
import org.latih.course.course.entity.Attachment;
import org.latih.course.course.entity.CourseDescription;
import org.latih.course.course.entity.CourseModule;
import org.latih.course.course.entity.Lesson;
import org.latih.course.course.entity.QuestionFile;
import org.latih.kernel.identity.region.entity.Region;

/**
 * A course (pelatihan): what a learner enrols in and completes for its JP. Its content (modules,
 * lessons, attachments, question files) comes from a course package and is replaced as a whole when
 * a newer version is imported; its identity, region and publication stay.
 */
@Entity
@Table(name = "courses")
@NamedQuery(name = Course.BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course {

  public static final String BY_CODE = "Course.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courses_seq")
  @SequenceGenerator(name = "courses_seq", sequenceName = "courses_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String code;

  @Column(name = "package_version", nullable = false, length = 32)
  private String packageVersion;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String description;

  private int jp;

  @Enumerated(EnumType.STRING)
  @Column(name = "competency_type", nullable = false, length = 32)
  private CompetencyType competencyType;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(length = 1000)
  private String tags;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id")
  private Region region;

  private boolean published;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CourseModule> modules = new ArrayList<>();

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("name")
  private List<Attachment> attachments = new ArrayList<>();

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind")
  private List<QuestionFile> questionFiles = new ArrayList<>();

  protected Course() {}

  /** A new, unpublished course of {@code region} (null: shared by all regions). */
  public Course(String code, Region region, Instant now) {
    this.code = code;
    this.region = region;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Sets what the manifest describes; content is replaced separately. */
  public void describe(CourseDescription d, Instant now) {
    this.packageVersion = d.version();
    this.title = d.title();
    this.description = d.description();
    this.jp = d.jp();
    this.competencyType = d.competencyType();
    this.language = d.language();
    this.tags = String.join(",", d.tags());
    this.updatedAt = now;
  }

  /**
   * Drops modules, lessons, attachments and question files, before new content is added. Files of
   * questions imported into the bank stay: the bank outlives package updates, and so must the
   * images its questions show.
   */
  public void clearContent() {
    modules.clear();
    attachments.removeIf(a -> !CourseFiles.questionFile(a.name()));
    questionFiles.clear();
  }

  public CourseModule addModule(String moduleTitle) {
    CourseModule module = new CourseModule(this, modules.size() + 1, moduleTitle);
    modules.add(module);
    return module;
  }

  /**
   * Adds a file. A question file already there is kept: its name is its content's hash, so a
   * package exported with it and imported again brings the same file, not a second copy.
   */
  public void addAttachment(String name, String contentType, byte[] bytes) {
    if (CourseFiles.questionFile(name) && hasAttachment(name)) {
      return;
    }
    attachments.add(new Attachment(this, name, contentType, bytes));
  }

  public boolean hasAttachment(String name) {
    return attachments.stream().anyMatch(a -> a.name().equals(name));
  }

  public void addQuestionFile(String kind, String path, String text) {
    questionFiles.add(new QuestionFile(this, kind, path, text));
  }

  public void publish(boolean published, Instant now) {
    this.published = published;
    this.updatedAt = now;
  }

  /** Every lesson in reading order. */
  public List<Lesson> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }

  public Optional<Lesson> lesson(String key) {
    return lessons().stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** Whether {@code than} is an older package version than this course's. */
  public boolean newerThan(String than) {
    return compareVersions(packageVersion, than) > 0;
  }

  static int compareVersions(String a, String b) {
    int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
    int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String packageVersion() {
    return packageVersion;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public int jp() {
    return jp;
  }

  public CompetencyType competencyType() {
    return competencyType;
  }

  public String language() {
    return language;
  }

  public List<String> tags() {
    return tags == null || tags.isBlank() ? List.of() : List.of(tags.split(","));
  }

  public Region region() {
    return region;
  }

  public boolean published() {
    return published;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<CourseModule> modules() {
    return List.copyOf(modules);
  }

  /** Every lesson's Markdown in reading order, as plain data for other modules. */
  public List<LessonMaterial> lessonMaterial() {
    return modules.stream()
        .flatMap(
            m ->
                m.lessons().stream()
                    .map(l -> new LessonMaterial(l.key(), l.title(), m.title(), l.markdown())))
        .toList();
  }

  public List<AttachedFile> attachments() {
    return List.copyOf(attachments);
  }

  public List<TestFile> questionFiles() {
    return List.copyOf(questionFiles);
  }
}
