package io.retention.core.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What to do about one customer, and why: one row of the ranked retention list.
 *
 * <p>The record is flat so that sinks can write it as one line: numbers, names, one action and
 * three lists of strings. Absent optional facts are never null: an unknown segment or RFM label is
 * {@link #UNKNOWN}, and missing drivers or titles are empty lists.
 *
 * @param customer the customer
 * @param churnProbability the predicted churn probability, in [0, 1]
 * @param risk the risk bucket of that probability
 * @param clv the customer lifetime value used for the decision, 0 or more, in the currency of spend
 * @param expectedLoss churn probability × CLV: the value expected to be lost if nothing is done
 * @param priority how urgently to act, 0 or more; plans are ranked by it, highest first, ties in
 *     customer-id order
 * @param segment the customer's segment name, or {@link #UNKNOWN}
 * @param rfmLabel the customer's RFM label (such as "Champions"), or {@link #UNKNOWN}
 * @param action the recommended action, with its cost and assumed save rate
 * @param rule the name of the policy rule that chose the action
 * @param ruleDrivers the drivers that made the rule fire (those of {@code topDrivers} its driver
 *     conditions matched), most important first; empty when the rule does not look at drivers
 * @param topDrivers the names of the features that pushed the churn prediction most (largest
 *     absolute SHAP value first); empty when no explanation was given
 * @param recommendedTitles titles to offer the customer, best first; possibly empty
 */
public record RetentionPlan(
    CustomerId customer,
    double churnProbability,
    RiskBucket risk,
    double clv,
    double expectedLoss,
    double priority,
    String segment,
    String rfmLabel,
    RetentionAction action,
    String rule,
    List<String> ruleDrivers,
    List<String> topDrivers,
    List<String> recommendedTitles) {

  /** The value of a segment or RFM label that is not known. */
  public static final String UNKNOWN = "unknown";

  /** Highest priority first; equal priorities in customer-id order. */
  public static final Comparator<RetentionPlan> HIGHEST_PRIORITY_FIRST =
      Comparator.comparingDouble(RetentionPlan::priority)
          .reversed()
          .thenComparing(RetentionPlan::customer);

  /** Checks and copies the fields. */
  public RetentionPlan {
    Objects.requireNonNull(customer, "customer");
    Checks.probability(churnProbability, "churn probability");
    churnProbability += 0.0;
    Objects.requireNonNull(risk, "risk");
    clv = nonNegative(clv, "CLV");
    expectedLoss = nonNegative(expectedLoss, "expected loss");
    priority = nonNegative(priority, "priority");
    Checks.notBlank(segment, "segment");
    Checks.notBlank(rfmLabel, "RFM label");
    Objects.requireNonNull(action, "action");
    Checks.notBlank(rule, "rule");
    ruleDrivers = List.copyOf(ruleDrivers);
    topDrivers = List.copyOf(topDrivers);
    recommendedTitles = List.copyOf(recommendedTitles);
  }

  private static double nonNegative(double value, String name) {
    if (!(Checks.finite(value, name) >= 0.0)) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value + 0.0;
  }

  /**
   * The value the action is expected to save: churn probability × CLV × the action's save rate.
   *
   * @return the expected saved value, before the action's cost
   */
  public double expectedSavedValue() {
    return churnProbability * clv * action.saveRate();
  }

  /**
   * The expected saved value less the action's cost; budget-aware targeting contacts a customer
   * only when this is positive.
   *
   * @return the expected net value of acting
   */
  public double netSavedValue() {
    return expectedSavedValue() - action.cost();
  }
}
