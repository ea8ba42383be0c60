package io.retention.core.domain;

/**
 * Something the business can do to keep a customer, with what it costs and how often it is assumed
 * to work.
 *
 * @param code a stable identifier such as {@code REENGAGEMENT_CAMPAIGN}
 * @param description what the action is, for people
 * @param cost what one use of the action costs, in the same currency as spend; 0 or more
 * @param saveRate the assumed probability, in [0, 1], that the action keeps a customer who would
 *     otherwise have churned; budget-aware targeting values an action at churn probability × CLV ×
 *     save rate − cost
 */
public record RetentionAction(String code, String description, double cost, double saveRate) {

  /** Keep doing what works: no special action, no cost, and no customer saved by it. */
  public static final RetentionAction MAINTAIN =
      new RetentionAction("MAINTAIN", "No special action; keep the usual service", 0.0, 0.0);

  /** Checks the fields. */
  public RetentionAction {
    Checks.notBlank(code, "action code");
    Checks.notBlank(description, "action description");
    if (!(Checks.finite(cost, "action cost") >= 0.0)) {
      throw new IllegalArgumentException("action cost must be >= 0, got " + cost);
    }
    cost += 0.0; // -0.0 becomes 0.0
    Checks.probability(saveRate, "save rate");
    saveRate += 0.0;
  }
}
