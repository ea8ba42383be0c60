package io.retention.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * What to do about one customer, and why.
 *
 * @param customer the customer
 * @param churnProbability the predicted churn probability
 * @param risk the risk bucket of that probability
 * @param priority how urgently to act; plans are ranked by it, highest first
 * @param action the recommended action
 * @param rule the name of the policy rule that chose the action
 * @param reasons the drivers and facts behind the choice, most important first
 */
public record RetentionPlan(
    CustomerId customer,
    double churnProbability,
    RiskBucket risk,
    double priority,
    RetentionAction action,
    String rule,
    List<String> reasons) {

  /** Checks and copies the fields. */
  public RetentionPlan {
    Objects.requireNonNull(customer, "customer");
    Checks.probability(churnProbability, "churn probability");
    Objects.requireNonNull(risk, "risk");
    Checks.finite(priority, "priority");
    Objects.requireNonNull(action, "action");
    Checks.notBlank(rule, "rule");
    reasons = List.copyOf(reasons);
  }
}
