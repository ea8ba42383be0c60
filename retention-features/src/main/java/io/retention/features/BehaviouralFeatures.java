package io.retention.features;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FeaturePipeline;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Behavioural features computed from the attributes that play the schema's usage, daily-usage,
 * recency, spend and profiles roles; a table without some of those roles gets the subset of
 * features that applies (see the module README for every formula). What fit learns: each role
 * attribute's percentiles (for the engagement and inactivity scores, medians and imputation), and
 * the percentiles of engagement, value and price per profile that place the flags.
 */
public final class BehaviouralFeatures implements FeaturePipeline {
  private final Optional<String> usage;
  private final Optional<String> daily;
  private final Optional<String> recency;
  private final Optional<String> spend;
  private final Optional<String> profiles;
  private final BehaviouralConfig config;

  /**
   * Creates the behavioural family for a table layout.
   *
   * @param schema the layout; it needs at least a usage, daily-usage or recency role
   * @param config flag placement and missing-value policy
   */
  public BehaviouralFeatures(CustomerSchema schema, BehaviouralConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.usage = schema.attribute(AttributeRole.USAGE);
    this.daily = schema.attribute(AttributeRole.DAILY_USAGE);
    this.recency = schema.attribute(AttributeRole.RECENCY);
    this.spend = schema.attribute(AttributeRole.SPEND);
    this.profiles = schema.attribute(AttributeRole.PROFILES);
    if (usage.isEmpty() && daily.isEmpty() && recency.isEmpty()) {
      throw new IllegalArgumentException(
          "behavioural features need a USAGE, DAILY_USAGE or RECENCY attribute; schema '"
              + schema.name()
              + "' has none");
    }
  }

  @Override
  public FittedBehaviouralFeatures fit(List<Customer> training) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("cannot fit behavioural features on no customers");
    }
    return FittedBehaviouralFeatures.fit(
        usage.map(a -> NumericColumn.fit(a, training)),
        daily.map(a -> NumericColumn.fit(a, training)),
        recency.map(a -> NumericColumn.fit(a, training)),
        spend.map(a -> NumericColumn.fit(a, training)),
        profiles.map(a -> NumericColumn.fit(a, training)),
        config,
        training);
  }
}
