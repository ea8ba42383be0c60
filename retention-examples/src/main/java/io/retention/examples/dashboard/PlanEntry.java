package io.retention.examples.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * One row of a run's ranked retention plan, as the dashboard shows it.
 *
 * @param rank 1 for the highest priority
 * @param customerId the customer
 * @param churnProbability the churn probability
 * @param risk the risk bucket's name
 * @param clv the customer's lifetime value
 * @param expectedLoss the value expected to be lost
 * @param priority the priority score
 * @param segment the segment's name
 * @param rfmLabel the RFM label
 * @param action the recommended action's code
 * @param actionDescription what the action does
 * @param topDrivers the strongest churn drivers, in words
 */
public record PlanEntry(
    int rank,
    String customerId,
    double churnProbability,
    String risk,
    double clv,
    double expectedLoss,
    double priority,
    String segment,
    String rfmLabel,
    String action,
    String actionDescription,
    List<String> topDrivers) {

  /** Checks that every text is present and copies the list. */
  public PlanEntry {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(rfmLabel, "rfmLabel");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actionDescription, "actionDescription");
    topDrivers = List.copyOf(topDrivers);
  }
}
