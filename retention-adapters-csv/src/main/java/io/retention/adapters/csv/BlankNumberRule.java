package io.retention.adapters.csv;

/**
 * What a blank numeric cell (empty or only spaces, as Telco's TotalCharges for new customers)
 * means. A blank is never read as 0.
 */
public enum BlankNumberRule {
  /**
   * The attribute is missing for that customer; the feature pipeline's missing-value rule (such as
   * median imputation) decides later.
   */
  MISSING,
  /** The row is rejected with the reason "blank number". */
  REJECT
}
