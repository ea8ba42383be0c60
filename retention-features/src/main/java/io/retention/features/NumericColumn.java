package io.retention.features;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One numeric attribute as learned in fit: its training quantiles (and so its median), for the
 * feature families that read attributes by role. Immutable.
 */
final class NumericColumn {
  private final String attribute;
  private final Quantiles quantiles;
  private final int missing;
  private final int n;

  private NumericColumn(String attribute, Quantiles quantiles, int missing, int n) {
    this.attribute = attribute;
    this.quantiles = quantiles;
    this.missing = missing;
    this.n = n;
  }

  /**
   * Learns an attribute's distribution from the customers that have it.
   *
   * @throws RetentionException if no training customer has a value
   */
  static NumericColumn fit(String attribute, List<Customer> training) {
    double[] values = new double[training.size()];
    int count = 0;
    for (Customer c : training) {
      OptionalDouble v = c.numericValue(attribute);
      if (v.isPresent()) {
        values[count++] = v.getAsDouble();
      }
    }
    if (count == 0) {
      throw new RetentionException(
          "no training customer has a value for '" + attribute + "', which a feature needs");
    }
    return new NumericColumn(
        attribute,
        Quantiles.of(java.util.Arrays.copyOf(values, count)),
        training.size() - count,
        training.size());
  }

  /** Restores a column from what {@link #missing()}, {@link #n()} and the grid recorded. */
  static NumericColumn restore(String attribute, Quantiles quantiles, int missing, int n) {
    return new NumericColumn(attribute, quantiles, missing, n);
  }

  /** This column as an input: numeric, optional when training saw it missing. */
  io.retention.core.domain.InputAttribute input() {
    return io.retention.core.domain.InputAttribute.numeric(attribute, missing > 0);
  }

  int missing() {
    return missing;
  }

  int n() {
    return n;
  }

  String attribute() {
    return attribute;
  }

  Quantiles quantiles() {
    return quantiles;
  }

  double median() {
    return quantiles.at(0.5);
  }

  /**
   * The customer's value, the training median when missing, or an error naming customer and
   * attribute under the reject policy.
   */
  double valueOf(Customer c, TabularFeatureConfig.MissingNumbers policy) {
    OptionalDouble v = c.numericValue(attribute);
    if (v.isPresent()) {
      return v.getAsDouble();
    }
    if (policy == TabularFeatureConfig.MissingNumbers.REJECT) {
      throw new RetentionException(
          "customer " + c.id() + " has no value for numeric attribute '" + attribute + "'");
    }
    return median();
  }

  /** What was learned, for the feature report. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "%s: median=%s, p20=%s, p80=%s, missing in %d of %d",
        attribute,
        median(),
        quantiles.at(0.2),
        quantiles.at(0.8),
        missing,
        n);
  }
}
