package io.retention.examples.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the dashboard shows about one customer of the run.
 *
 * @param customerId the customer
 * @param attributes the customer's attributes as read, by name (missing ones left out)
 * @param outcome "churned", "retained" or "unknown"
 * @param plan the customer's row of the ranked plan; empty when the plan has none
 * @param prediction the model's prediction, explained
 */
public record CustomerDetails(
    String customerId,
    Map<String, Object> attributes,
    String outcome,
    List<PlanEntry> plan,
    Prediction prediction) {
  /** Checks the fields and copies the collections. */
  public CustomerDetails {
    Objects.requireNonNull(customerId, "customerId");
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    Objects.requireNonNull(outcome, "outcome");
    plan = List.copyOf(plan);
    Objects.requireNonNull(prediction, "prediction");
  }
}
