package io.retention.core.explain;

import java.util.List;
import java.util.Objects;

/**
 * The summed contribution of the features computed from one customer attribute, with the customer's
 * value of that attribute in words.
 *
 * @param attribute the customer attribute (or, for a feature computed from several attributes, the
 *     feature's name)
 * @param value the customer's value: the number, the active one-hot level, "missing", or "other"
 *     when no one-hot column of the attribute is set
 * @param contribution the sum of the member features' contributions
 * @param features the member features, in schema order
 */
public record AttributeContribution(
    String attribute, String value, double contribution, List<String> features) {

  /** Checks the fields. */
  public AttributeContribution {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    if (!Double.isFinite(contribution)) {
      throw new IllegalArgumentException("contribution must be finite, got " + contribution);
    }
    features = List.copyOf(features);
    if (features.isEmpty()) {
      throw new IllegalArgumentException("an attribute needs at least one feature");
    }
  }
}
