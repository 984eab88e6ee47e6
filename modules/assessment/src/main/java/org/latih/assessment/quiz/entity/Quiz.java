package org.latih.assessment.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.latih.assessment.question.entity.Question;
import org.latih.course.course.api.Course;

/**
 * A quiz of a course: fixed questions in order and/or questions drawn at random from a category,
 * with the settings that decide how it is taken and graded.
 */
@Entity
@Table(name = "quizzes")
@NamedQuery(
    name = Quiz.OF_COURSE,
    query = "SELECT q FROM Quiz q WHERE q.course.id = :courseId ORDER BY q.kind, q.title")
@NamedQuery(
    name = Quiz.QUESTION_IDS_OF_COURSE,
    query =
        "SELECT q.id, x.id FROM Quiz q JOIN q.questions x WHERE q.course.id = :courseId"
            + " ORDER BY q.id, INDEX(x)")
@NamedQuery(
    name = Quiz.CURRENT_VERSIONS,
    query =
        "SELECT v FROM Quiz z JOIN z.questions x JOIN x.versions v WHERE z.id = :quizId"
            + " AND v.number = (SELECT MAX(w.number) FROM QuestionVersion w WHERE w.question = x)"
            + " ORDER BY INDEX(x)")
@NamedQuery(
    name = Quiz.OF_COURSE_AND_KIND,
    query = "SELECT q FROM Quiz q WHERE q.course.id = :courseId AND q.kind = :kind ORDER BY q.id")
public class Quiz {

  public static final String OF_COURSE = "Quiz.ofCourse";
  public static final String OF_COURSE_AND_KIND = "Quiz.ofCourseAndKind";
  public static final String QUESTION_IDS_OF_COURSE = "Quiz.questionIdsOfCourse";
  public static final String CURRENT_VERSIONS = "Quiz.currentVersions";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quizzes_seq")
  @SequenceGenerator(name = "quizzes_seq", sequenceName = "quizzes_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QuizKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "time_limit_minutes")
  private Integer timeLimitMinutes;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "closes_at")
  private Instant closesAt;

  @Column(name = "attempts_allowed")
  private int attemptsAllowed;

  @Enumerated(EnumType.STRING)
  @Column(name = "grading_method", nullable = false, length = 16)
  private GradingMethod gradingMethod;

  @Column(name = "pass_percent")
  private int passPercent;

  @Column(name = "shuffle_questions")
  private boolean shuffleQuestions;

  @Column(name = "shuffle_options")
  private boolean shuffleOptions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReviewMode review;

  /** {@link ReviewRules#code()}; null for quizzes saved before rules, which follow their mode. */
  @Column(name = "review_rules", length = 64)
  private String reviewRules;

  @Column(name = "required_for_completion")
  private boolean requiredForCompletion;

  @Column(name = "random_category", length = 200)
  private String randomCategory;

  @Column(name = "random_count")
  private int randomCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @ManyToMany
  @JoinTable(
      name = "quiz_questions",
      joinColumns = @JoinColumn(name = "quiz_id"),
      inverseJoinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  private List<Question> questions = new ArrayList<>();

  protected Quiz() {}

  public Quiz(Course course, QuizKind kind, QuizSettings settings, Instant now) {
    this.course = course;
    this.kind = kind;
    this.createdAt = now;
    configure(settings, now);
  }

  public void configure(QuizSettings s, Instant now) {
    if (s.requiredForCompletion() && kind != QuizKind.POST_TEST) {
      throw new CompletionNotPostTestException();
    }
    title = s.title();
    timeLimitMinutes = s.timeLimitMinutes();
    opensAt = s.opensAt();
    closesAt = s.closesAt();
    attemptsAllowed = s.attemptsAllowed();
    gradingMethod = s.gradingMethod();
    passPercent = s.passPercent();
    shuffleQuestions = s.shuffleQuestions();
    shuffleOptions = s.shuffleOptions();
    ReviewRules rules = s.reviewRules() != null ? s.reviewRules() : kind.defaultReview().rules();
    review = ReviewMode.of(rules);
    reviewRules = rules.code();
    requiredForCompletion = s.requiredForCompletion();
    randomCategory = s.randomCategory();
    randomCount = s.randomCount();
    updatedAt = now;
  }

  /** Replaces the fixed questions; they must be of this quiz's course. */
  public void use(List<Question> fixed, Instant now) {
    for (Question q : fixed) {
      if (!q.course().id().equals(course.id())) {
        throw new QuestionNotInCourseException(q.id());
      }
    }
    questions.clear();
    questions.addAll(fixed);
    updatedAt = now;
  }

  public QuizSettings settings() {
    return new QuizSettings(
        title,
        timeLimitMinutes,
        opensAt,
        closesAt,
        attemptsAllowed,
        gradingMethod,
        passPercent,
        shuffleQuestions,
        shuffleOptions,
        review,
        reviewRules(),
        requiredForCompletion,
        randomCategory,
        randomCount);
  }

  public boolean openAt(Instant now) {
    return (opensAt == null || !now.isBefore(opensAt))
        && (closesAt == null || now.isBefore(closesAt));
  }

  public boolean closedAt(Instant now) {
    return closesAt != null && !now.isBefore(closesAt);
  }

  /** The latest moment an attempt started now may be answered: the time limit or the close. */
  public Instant deadlineFor(Instant start) {
    Instant limit = timeLimitMinutes == null ? null : start.plusSeconds(60L * timeLimitMinutes);
    if (closesAt == null) {
      return limit;
    }
    return limit == null || closesAt.isBefore(limit) ? closesAt : limit;
  }

  public boolean passes(double percent) {
    return percent + 1e-9 >= passPercent;
  }

  public Long id() {
    return id;
  }

  public Course course() {
    return course;
  }

  public QuizKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public List<Question> questions() {
    return List.copyOf(questions);
  }

  public Instant closesAt() {
    return closesAt;
  }

  public int attemptsAllowed() {
    return attemptsAllowed;
  }

  public GradingMethod gradingMethod() {
    return gradingMethod;
  }

  public ReviewMode review() {
    return review;
  }

  public ReviewRules reviewRules() {
    return reviewRules != null ? ReviewRules.of(reviewRules) : review.rules();
  }

  /**
   * What a learner sees now of a submitted attempt of theirs.
   *
   * @param noAttemptLeft whether the learner can make no other attempt
   */
  public ReviewRules.Shown reviewShown(Instant submittedAt, Instant now, boolean noAttemptLeft) {
    boolean justSubmitted =
        submittedAt != null
            && now.isBefore(submittedAt.plusSeconds(60L * ReviewRules.IMMEDIATE_MINUTES));
    return reviewRules().at(closedAt(now), noAttemptLeft, justSubmitted);
  }

  /**
   * Whether a score passes, or null when pass or fail means nothing: a pre-test is diagnostic, so
   * its learners never read "Lulus" or "Tidak lulus", whatever its pass mark.
   */
  public Boolean verdict(double percent) {
    return kind == QuizKind.PRE_TEST ? null : passes(percent);
  }

  public boolean shuffleQuestions() {
    return shuffleQuestions;
  }

  public boolean shuffleOptions() {
    return shuffleOptions;
  }

  public boolean requiredForCompletion() {
    return requiredForCompletion;
  }

  public String randomCategory() {
    return randomCategory;
  }

  public int randomCount() {
    return randomCount;
  }

  public int passPercent() {
    return passPercent;
  }
}
