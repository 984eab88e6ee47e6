package org.latih.assessment.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a question's content, never changed once written. */
@Entity
@Table(name = "question_versions")
public class QuestionVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_versions_seq")
  @SequenceGenerator(
      name = "question_versions_seq",
      sequenceName = "question_versions_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id")
  private Question question;

  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private QuestionType type;

  @Convert(converter = QuestionContentConverter.class)
  @Column(nullable = false, length = 1000000)
  private QuestionContent content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected QuestionVersion() {}

  QuestionVersion(Question question, int number, QuestionContent content, Instant now) {
    this.question = question;
    this.number = number;
    this.type = content.type();
    this.content = content;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public Question question() {
    return question;
  }

  public int number() {
    return number;
  }

  public QuestionContent content() {
    return content;
  }
}
