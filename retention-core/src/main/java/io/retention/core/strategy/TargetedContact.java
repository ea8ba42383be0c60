package io.retention.core.strategy;

import io.retention.core.domain.RetentionPlan;
import java.util.Objects;

/**
 * One customer chosen for contact under a budget.
 *
 * @param plan the customer's plan, whose action is the one to take
 * @param expectedSavedValue churn probability × CLV × save rate, before cost
 * @param cost the action's cost
 * @param netValue expected saved value − cost, greater than 0
 * @param returnOnSpend net value per unit of cost, {@code netValue / cost}; positive infinity for a
 *     free action
 */
public record TargetedContact(
    RetentionPlan plan,
    double expectedSavedValue,
    double cost,
    double netValue,
    double returnOnSpend) {

  /** Checks the fields. */
  public TargetedContact {
    Objects.requireNonNull(plan, "plan");
    if (!(Double.isFinite(netValue) && netValue > 0.0)) {
      throw new IllegalArgumentException(
          "a contact must have a finite positive net value, got " + netValue);
    }
    if (!(Double.isFinite(cost) && cost >= 0.0)) {
      throw new IllegalArgumentException("cost must be a finite number >= 0, got " + cost);
    }
    if (Double.isNaN(returnOnSpend)
        || (Double.isInfinite(returnOnSpend) && cost != 0.0)
        || returnOnSpend <= 0.0) {
      throw new IllegalArgumentException(
          "return on spend must be positive, and infinite only for a free action, got "
              + returnOnSpend);
    }
  }

  /**
   * The contact for a plan.
   *
   * @param plan a plan whose {@linkplain RetentionPlan#netSavedValue() net saved value} is positive
   * @return the contact
   */
  public static TargetedContact of(RetentionPlan plan) {
    double cost = plan.action().cost();
    double net = plan.netSavedValue();
    return new TargetedContact(
        plan,
        plan.expectedSavedValue(),
        cost,
        net,
        cost == 0.0 ? Double.POSITIVE_INFINITY : net / cost);
  }
}
