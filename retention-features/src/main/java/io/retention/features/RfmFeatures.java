package io.retention.features;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FeaturePipeline;
import java.util.List;
import java.util.Objects;

/**
 * RFM scoring: recency (from the schema's {@link AttributeRole#RECENCY} attribute; lower is
 * better), frequency (from {@link AttributeRole#FREQUENCY}, or {@link AttributeRole#USAGE} when the
 * table has no frequency) and monetary value (from {@link AttributeRole#SPEND}), each scored 1 to 5
 * against quintile cut points learned in fit, with a label from {@link RfmConfig}'s rules.
 *
 * <p>Scoring rule: the cut points are the 20th, 40th, 60th and 80th percentiles of the training
 * values (linear interpolation between order statistics). For frequency and spend the score is 1
 * plus the number of cut points strictly below the value; for recency it is 5 minus that number. A
 * customer's score therefore depends only on its own value and the training distribution, never on
 * row order: equal values always get equal scores. When a dimension has few distinct values (the
 * Netflix churn table has three fees) some scores are simply never used.
 *
 * <p>Features: {@code rfm_recency}, {@code rfm_frequency}, {@code rfm_monetary}, {@code rfm_total}.
 */
public final class RfmFeatures implements FeaturePipeline {
  private final String recency;
  private final String frequency;
  private final String monetary;
  private final RfmConfig config;

  /**
   * Creates RFM scoring for a table layout.
   *
   * @param schema the layout; it needs recency, spend, and frequency or usage roles
   * @param config the labelling rules
   * @throws IllegalArgumentException if a role is missing
   */
  public RfmFeatures(CustomerSchema schema, RfmConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.recency = require(schema, AttributeRole.RECENCY);
    this.frequency =
        schema
            .attribute(AttributeRole.FREQUENCY)
            .or(() -> schema.attribute(AttributeRole.USAGE))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "RFM needs a FREQUENCY or USAGE attribute; schema '"
                            + schema.name()
                            + "' has neither"));
    this.monetary = require(schema, AttributeRole.SPEND);
  }

  private static String require(CustomerSchema schema, AttributeRole role) {
    return schema
        .attribute(role)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "RFM needs a " + role + " attribute; schema '" + schema.name() + "' has none"));
  }

  @Override
  public FittedRfm fit(List<Customer> training) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("cannot fit RFM scores on no customers");
    }
    return new FittedRfm(
        NumericColumn.fit(recency, training),
        NumericColumn.fit(frequency, training),
        NumericColumn.fit(monetary, training),
        config);
  }
}
