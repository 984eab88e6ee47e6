package org.latih.assessment.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.latih.assessment.question.entity.Grade;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionVersion;
import org.latih.assessment.question.entity.Response;
import org.latih.assessment.question.entity.ResponseConverter;

/**
 * One question of an attempt: the version asked, the order its options were shown in, the latest
 * saved answer with its sequence number, and its grade.
 */
@Entity
@Table(name = "attempt_slots")
@NamedQuery(
    name = AttemptSlot.AT,
    query =
        "SELECT s FROM AttemptSlot s JOIN FETCH s.questionVersion"
            + " WHERE s.attempt.id = :attemptId AND s.position = :position")
public class AttemptSlot {

  public static final String AT = "AttemptSlot.at";

  // given by the start, all of a start's at once (AttemptIds), not by EclipseLink's sequencing
  @Id private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "attempt_id")
  private Attempt attempt;

  private int position;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "question_version_id")
  private QuestionVersion questionVersion;

  private double mark;

  /** The options in the order shown, each under its token: see {@link SlotOptions}. */
  @Column(name = "option_order", length = 2000)
  private String optionOrder;

  @Convert(converter = ResponseConverter.class)
  @Column(length = 100000)
  private Response response;

  private long sequence;

  @Column(name = "saved_at")
  private Instant savedAt;

  private boolean flagged;

  private Double fraction;

  @Column(length = 4000)
  private String feedback;

  @Column(name = "grader_comment", length = 4000)
  private String graderComment;

  @Column(name = "graded_by")
  private Long gradedBy;

  protected AttemptSlot() {}

  AttemptSlot(
      long id, Attempt attempt, int position, QuestionVersion version, SlotOptions options) {
    this.id = id;
    this.attempt = attempt;
    this.position = position;
    this.questionVersion = version;
    this.mark = version.content().defaultMark();
    this.optionOrder = options.format();
  }

  void answer(Response response, long sequence, Instant now) {
    this.response = response;
    this.sequence = sequence;
    this.savedAt = now;
  }

  void flag(boolean flagged) {
    this.flagged = flagged;
  }

  void grade() {
    Grade grade = content().grade(response == null ? Response.EMPTY : response);
    this.fraction = grade.fraction();
    this.feedback = grade.feedback();
  }

  /** A person's grade of an essay (or an override), with the rubric comment for the learner. */
  void gradeByHand(double fraction, String comment, Long graderId) {
    this.fraction = Math.max(0, Math.min(1, fraction));
    this.graderComment = comment == null || comment.isBlank() ? null : comment.strip();
    this.gradedBy = graderId;
  }

  /** Grades again against another version of the same question (after the author fixed it). */
  void regrade(QuestionVersion fixed) {
    this.questionVersion = fixed;
    if (gradedBy == null) {
      grade();
    }
  }

  public Double points() {
    return fraction == null ? null : fraction * mark;
  }

  public QuestionContent content() {
    return questionVersion.content();
  }

  public Long id() {
    return id;
  }

  public Attempt attempt() {
    return attempt;
  }

  public int position() {
    return position;
  }

  public QuestionVersion questionVersion() {
    return questionVersion;
  }

  public double mark() {
    return mark;
  }

  public SlotOptions options() {
    return SlotOptions.parse(optionOrder);
  }

  /** The saved answer as the author's ids: what grading, reports and the key speak. */
  public Response response() {
    return response == null ? Response.EMPTY : response;
  }

  /** The saved answer as the learner sent it: tokens for options, never the author's ids. */
  public Response learnerResponse() {
    return tokens().toLearner(response());
  }

  /** An answer from the learner turned into the author's ids; an unknown token is refused. */
  public Response fromLearner(Response sent) {
    return tokens().toAuthor(sent);
  }

  public SlotTokens tokens() {
    return new SlotTokens(content(), options());
  }

  public long sequence() {
    return sequence;
  }

  public Instant savedAt() {
    return savedAt;
  }

  public boolean flagged() {
    return flagged;
  }

  public Double fraction() {
    return fraction;
  }

  public String feedback() {
    return feedback;
  }

  public String graderComment() {
    return graderComment;
  }
}
