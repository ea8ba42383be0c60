package io.retention.core.domain;

/**
 * What scoring one customer does with attributes that do not match what the model was fitted on.
 */
public enum InputPolicy {
  /**
   * Refuse, naming the attributes: a required attribute missing, an attribute the model does not
   * read, a value of the wrong kind, or a category level the model never learned. A missing value
   * that training also saw is imputed as in training and not refused.
   */
  STRICT,
  /** Score anyway: missing values imputed, unknown attributes ignored, unseen levels as "other". */
  LENIENT
}
