package io.retention.features;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.FittedSignals;
import io.retention.core.port.out.SignalPipeline;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The standard derived signals: RFM scores ({@link RfmFeatures}) when the layout has recency, spend
 * and frequency (or usage); behavioural flags ({@link BehaviouralFeatures}) when it has usage,
 * daily usage or recency; engagement as the z-score of log(1 + usage) (daily usage when the layout
 * has it, else usage) against the sample's mean and standard deviation. Immutable.
 */
public final class StandardSignals implements SignalPipeline {
  private final RfmConfig rfm;
  private final BehaviouralConfig behaviour;

  /**
   * Creates the pipeline.
   *
   * @param rfm how RFM scores are cut
   * @param behaviour the flags' thresholds
   */
  public StandardSignals(RfmConfig rfm, BehaviouralConfig behaviour) {
    this.rfm = Objects.requireNonNull(rfm, "rfm");
    this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
  }

  /**
   * Creates the pipeline with {@link RfmConfig#DEFAULTS} and {@link BehaviouralConfig#DEFAULTS}.
   */
  public StandardSignals() {
    this(RfmConfig.DEFAULTS, BehaviouralConfig.DEFAULTS);
  }

  @Override
  public FittedSignals fit(CustomerSchema schema, List<Customer> sample) {
    Objects.requireNonNull(schema, "schema");
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("the signals need at least one customer to fit on");
    }
    boolean hasRfm =
        schema.attribute(AttributeRole.RECENCY).isPresent()
            && schema.attribute(AttributeRole.SPEND).isPresent()
            && schema
                .attribute(AttributeRole.FREQUENCY)
                .or(() -> schema.attribute(AttributeRole.USAGE))
                .isPresent();
    boolean hasBehaviour =
        schema.attribute(AttributeRole.USAGE).isPresent()
            || schema.attribute(AttributeRole.RECENCY).isPresent()
            || schema.attribute(AttributeRole.DAILY_USAGE).isPresent();
    Optional<String> usage =
        schema.attribute(AttributeRole.DAILY_USAGE).or(() -> schema.attribute(AttributeRole.USAGE));
    return new FittedStandardSignals(
        hasRfm ? Optional.of(new RfmFeatures(schema, rfm).fit(sample)) : Optional.empty(),
        hasBehaviour
            ? Optional.of(new BehaviouralFeatures(schema, behaviour).fit(sample))
            : Optional.empty(),
        usage,
        usageStats(sample, usage));
  }

  /** Mean and standard deviation of log(1 + usage) on the sample; 0, 0 with fewer than two. */
  private static double[] usageStats(List<Customer> sample, Optional<String> usage) {
    double sum = 0;
    double sumSq = 0;
    long count = 0;
    for (Customer c : sample) {
      double v = FittedStandardSignals.usage(c, usage);
      if (Double.isFinite(v) && v >= 0) {
        double l = Math.log1p(v);
        sum += l;
        sumSq += l * l;
        count++;
      }
    }
    if (count < 2) {
      return new double[] {0.0, 0.0};
    }
    double mean = sum / count;
    return new double[] {mean, Math.sqrt(Math.max(0.0, sumSq / count - mean * mean))};
  }

  static double value(Customer c, Optional<String> attribute) {
    if (attribute.isEmpty()) {
      return Double.NaN;
    }
    OptionalDouble v = c.numericValue(attribute.get());
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }
}
