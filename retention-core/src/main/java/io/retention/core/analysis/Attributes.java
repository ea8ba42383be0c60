package io.retention.core.analysis;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import java.util.Optional;
import java.util.OptionalDouble;

/** Numeric values of the attributes that play a role, as the run reads them. */
final class Attributes {
  /** The monthly spend or tenure of a customer without a usable value, for the CLV. */
  static final double MISSING_AMOUNT = 0.0;

  private Attributes() {}

  /** A customer's value of an attribute, NaN without the attribute or a value. */
  static double value(Customer c, Optional<String> attribute) {
    if (attribute.isEmpty()) {
      return Double.NaN;
    }
    OptionalDouble v = c.numericValue(attribute.get());
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }

  /** A positive finite amount, or {@link #MISSING_AMOUNT}. */
  static double nonNegative(double v) {
    return Double.isFinite(v) && v > 0.0 ? v : MISSING_AMOUNT;
  }

  /** The frequency attribute RFM reads: FREQUENCY, else USAGE. */
  static Optional<String> frequency(CustomerSchema schema) {
    return schema
        .attribute(AttributeRole.FREQUENCY)
        .or(() -> schema.attribute(AttributeRole.USAGE));
  }

  /** {@code part / whole}, NaN when the whole is 0. */
  static double rate(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
