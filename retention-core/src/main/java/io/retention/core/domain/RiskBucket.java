package io.retention.core.domain;

/** A coarse churn-risk level, derived from a probability by {@link RiskThresholds}. */
public enum RiskBucket {
  /** Below the medium threshold. */
  LOW,
  /** At or above the medium threshold, below the high one. */
  MEDIUM,
  /** At or above the high threshold. */
  HIGH
}
