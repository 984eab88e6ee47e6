package org.latih.evaluation.plan.entity;

/** How far the supervisor saw one planned action carried out. */
public enum FollowUpStatus {
  /** Not done. */
  BELUM,
  /** Partly done. */
  SEBAGIAN,
  /** Done. */
  TERLAKSANA
}
