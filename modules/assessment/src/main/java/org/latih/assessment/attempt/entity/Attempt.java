package org.latih.assessment.attempt.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.QuestionVersion;
import org.latih.assessment.question.entity.Response;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.kernel.identity.user.entity.User;

/**
 * One learner's go at a quiz. The deadline is fixed when it starts (time limit or the quiz's close,
 * whichever is first), so the server, not the browser, decides when time is up. Submitting grades
 * every question; essays leave it waiting for a person.
 */
@Entity
@Table(name = "attempts")
@NamedQuery(
    name = Attempt.OF_USER_AND_QUIZ,
    query =
        "SELECT a FROM Attempt a WHERE a.user.id = :userId AND a.quiz.id = :quizId ORDER BY a.number")
@NamedQuery(name = Attempt.BY_ID, query = "SELECT a FROM Attempt a WHERE a.id = :id")
@NamedQuery(
    name = Attempt.OF_USER_IN_COURSE,
    query =
        "SELECT a FROM Attempt a WHERE a.user.id = :userId AND a.quiz.course.id = :courseId"
            + " ORDER BY a.number")
@NamedQuery(
    name = Attempt.OVERDUE,
    query =
        "SELECT a.id FROM Attempt a WHERE a.state = :open AND a.deadline IS NOT NULL"
            + " AND a.deadline < :now")
public class Attempt {

  public static final String OF_USER_AND_QUIZ = "Attempt.ofUserAndQuiz";
  public static final String OVERDUE = "Attempt.overdue";
  public static final String BY_ID = "Attempt.byId";
  public static final String OF_USER_IN_COURSE = "Attempt.ofUserInCourse";

  // given by the start, with its slots' (AttemptIds), not by EclipseLink's sequencing
  @Id private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "quiz_id")
  private Quiz quiz;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  private User user;

  /** The quiz's id without loading the quiz: lists group attempts by it. */
  @Column(name = "quiz_id", insertable = false, updatable = false)
  private Long quizId;

  /** The owner's id without loading the owner: every request checks it. */
  @Column(name = "user_id", insertable = false, updatable = false)
  private Long userId;

  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AttemptState state;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "auto_submitted")
  private boolean autoSubmitted;

  private Double points;

  @Column(name = "max_points")
  private double maxPoints;

  @Column(name = "needs_grading")
  private boolean needsGrading;

  @Version private long version;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<AttemptSlot> slots = new ArrayList<>();

  protected Attempt() {}

  /**
   * Starts an attempt on the given question versions, shuffled as the quiz says. Matching answers
   * are always shuffled: in the author's order they would give the pairs away. Every option gets a
   * token of this attempt's own, so neither its id nor its place tells which one is right. {@code
   * id} and {@code slotIds} (one for each question asked) are unused ids.
   */
  public Attempt(
      long id,
      Quiz quiz,
      User user,
      int number,
      List<QuestionVersion> asked,
      long[] slotIds,
      Random random,
      Instant now) {
    if (asked.isEmpty()) {
      throw new QuizEmptyException(quiz.title());
    }
    this.id = id;
    this.quiz = quiz;
    this.user = user;
    this.number = number;
    this.state = AttemptState.OPEN;
    // milliseconds, as every database here stores them: the deadline shown never shifts on reload
    this.startedAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.deadline = quiz.deadlineFor(startedAt);
    List<QuestionVersion> order = new ArrayList<>(asked);
    if (quiz.shuffleQuestions()) {
      Collections.shuffle(order, random);
    }
    for (int i = 0; i < order.size(); i++) {
      QuestionVersion version = order.get(i);
      slots.add(
          new AttemptSlot(
              slotIds[i], this, i + 1, version, optionOrder(version.content(), random)));
      maxPoints += version.content().defaultMark();
    }
  }

  /**
   * The options in the order shown, each under a fresh token. Matching offers each distinct answer
   * once, under the index of the first pair that has it, then its distractors (wrong answers with
   * no prompt) under {@code d} and their index, so the last prompt cannot be matched by
   * elimination.
   */
  private SlotOptions optionOrder(QuestionContent content, Random random) {
    List<String> order = new ArrayList<>();
    if (content.type() == QuestionType.MATCHING) {
      List<String> offered = new ArrayList<>();
      for (int i = 0; i < content.pairs().size(); i++) {
        String answer = content.pairs().get(i).answer();
        if (!offered.contains(answer)) {
          offered.add(answer);
          order.add(String.valueOf(i));
        }
      }
      for (int i = 0; i < content.distractors().size(); i++) {
        String answer = content.distractors().get(i);
        if (!offered.contains(answer)) {
          offered.add(answer);
          order.add(SlotTokens.DISTRACTOR + i);
        }
      }
      Collections.shuffle(order, random);
    } else if (content.type() == QuestionType.SINGLE_CHOICE
        || content.type() == QuestionType.MULTIPLE_RESPONSE) {
      content.choices().stream().map(Choice::id).forEach(order::add);
      if (quiz.shuffleOptions()) {
        Collections.shuffle(order, random);
      }
    } else if (content.type() == QuestionType.CLOZE) {
      for (Gap gap : content.gaps()) {
        if (!gap.kind().choosing()) {
          continue;
        }
        List<String> keys = new ArrayList<>();
        gap.choices().forEach(c -> keys.add(gap.number() + "." + c.id()));
        if (gap.shuffle() || quiz.shuffleOptions()) {
          Collections.shuffle(keys, random);
        }
        order.addAll(keys);
      }
    }
    return order.isEmpty() ? SlotOptions.NONE : SlotOptions.draw(order, random);
  }

  public boolean open() {
    return state == AttemptState.OPEN;
  }

  /** Open, but past its deadline: nothing more may be saved, and the server will submit it. */
  public boolean overdue(Instant now) {
    return open() && deadline != null && now.isAfter(deadline);
  }

  /** Grades every question and closes the attempt; {@code auto} when the deadline did it. */
  public void submit(Instant now, boolean auto) {
    if (!open()) {
      throw new AttemptClosedException(autoSubmitted);
    }
    state = AttemptState.SUBMITTED;
    submittedAt = auto && deadline != null && deadline.isBefore(now) ? deadline : now;
    autoSubmitted = auto;
    slots.forEach(AttemptSlot::grade);
    total();
  }

  /**
   * Stores an answer in one of this attempt's slots (read on its own, so a save never loads the
   * others); the caller has checked it is newer than the one saved.
   */
  public void answer(AttemptSlot slot, Response response, long sequence, Instant now) {
    if (!open()) {
      throw new AttemptClosedException(autoSubmitted);
    }
    slot.answer(response, sequence, now);
  }

  public void flag(AttemptSlot slot, boolean flagged) {
    slot.flag(flagged);
  }

  public void gradeByHand(int position, double fraction, String comment, Long graderId) {
    if (open()) {
      throw new AttemptNotSubmittedException();
    }
    slot(position).gradeByHand(fraction, comment, graderId);
    total();
  }

  /** Moves every slot that asked an old version of the fixed question to the fixed version. */
  public boolean regrade(QuestionVersion fixed) {
    boolean changed = false;
    for (AttemptSlot slot : slots) {
      if (slot.questionVersion().question().id().equals(fixed.question().id())
          && !slot.questionVersion().id().equals(fixed.id())) {
        slot.regrade(fixed);
        changed = true;
      }
    }
    if (changed && !open()) {
      total();
    }
    return changed;
  }

  private void total() {
    needsGrading = slots.stream().anyMatch(s -> s.fraction() == null);
    points = slots.stream().mapToDouble(s -> s.points() == null ? 0 : s.points()).sum();
  }

  public AttemptSlot slot(int position) {
    return slots.stream()
        .filter(s -> s.position() == position)
        .findFirst()
        .orElseThrow(() -> new NoSuchQuestionException(position));
  }

  /** The score as a percentage once every question is graded; null before. */
  public Double percent() {
    return percent(state, needsGrading, points, maxPoints);
  }

  /**
   * {@link #percent()} from an attempt's columns alone, for reports that read many attempts as rows
   * instead of entities.
   */
  public static Double percent(
      AttemptState state, boolean needsGrading, Double points, double maxPoints) {
    if (state == AttemptState.OPEN || needsGrading || points == null) {
      return null;
    }
    return maxPoints == 0 ? 0 : points * 100 / maxPoints;
  }

  public Long id() {
    return id;
  }

  public Quiz quiz() {
    return quiz;
  }

  public User user() {
    return user;
  }

  public Long quizId() {
    return quizId != null ? quizId : quiz.id();
  }

  public Long userId() {
    return userId != null ? userId : user.id();
  }

  public boolean ownedBy(Long userId) {
    return this.userId != null ? this.userId.equals(userId) : user.id().equals(userId);
  }

  public int number() {
    return number;
  }

  public AttemptState state() {
    return state;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant deadline() {
    return deadline;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public boolean autoSubmitted() {
    return autoSubmitted;
  }

  public Double points() {
    return points;
  }

  public double maxPoints() {
    return maxPoints;
  }

  public boolean needsGrading() {
    return needsGrading;
  }

  /** In position order, however they were loaded. */
  public List<AttemptSlot> slots() {
    return slots.stream().sorted(java.util.Comparator.comparingInt(AttemptSlot::position)).toList();
  }
}
