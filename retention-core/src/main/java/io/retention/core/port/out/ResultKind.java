package io.retention.core.port.out;

/** The results an analysis run produces, each with the name the run summary lists it under. */
public enum ResultKind {
  /** A copy of the customers the run read. */
  CUSTOMERS("customers"),
  /** How to read the copy of the customers back. */
  CUSTOMER_MAPPING("customer mapping"),
  /** RFM values, scores and labels per customer. */
  RFM("rfm"),
  /** Segment per customer. */
  SEGMENTS("segments"),
  /** Churn probability per customer, highest risk first. */
  SCORES("scores"),
  /** The model bundle. */
  MODEL("model"),
  /** SHAP contributions of the explained customers. */
  EXPLANATIONS("explanations"),
  /** Recommended titles per customer. */
  RECOMMENDATIONS("recommendations"),
  /** The ranked retention plan. */
  PLANS("plans");

  private final String key;

  ResultKind(String key) {
    this.key = key;
  }

  /**
   * The name the run summary lists this result under.
   *
   * @return the name
   */
  public String key() {
    return key;
  }
}
