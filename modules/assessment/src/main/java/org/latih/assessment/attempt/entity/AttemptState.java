package org.latih.assessment.attempt.entity;

/** An attempt is open until submitted by the learner or, at its deadline, by the server. */
public enum AttemptState {
  OPEN,
  SUBMITTED
}
