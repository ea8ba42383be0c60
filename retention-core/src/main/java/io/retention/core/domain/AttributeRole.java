package io.retention.core.domain;

/**
 * The part an attribute plays in retention analysis. A {@link CustomerSchema} maps roles to the
 * attribute names of one table, so the same features work on tables with different column names.
 */
public enum AttributeRole {
  /** Time since the customer was last active (days); lower is better. Numeric. */
  RECENCY,
  /** Amount of use, such as watch hours in the period. Numeric. */
  USAGE,
  /** Average daily use, such as watch minutes or hours per day. Numeric. */
  DAILY_USAGE,
  /** Number of purchases, sessions or products. Numeric. */
  FREQUENCY,
  /** Money the customer pays, such as the monthly fee or charges. Numeric. */
  SPEND,
  /** How long the customer has been a customer (months). Numeric. */
  TENURE,
  /** Number of profiles or seats on the account. Numeric. */
  PROFILES,
  /** The customer's age in years. Numeric. */
  AGE,
  /** The subscription plan or contract. Categorical. */
  PLAN,
  /** The customer's favourite content genre. Categorical. */
  FAVOURITE_GENRE,
  /** The region or country the customer lives in. Categorical. */
  REGION;

  /**
   * Whether attributes in this role hold numbers.
   *
   * @return true for numeric roles, false for categorical ones
   */
  public boolean isNumeric() {
    return this != PLAN && this != FAVOURITE_GENRE && this != REGION;
  }
}
