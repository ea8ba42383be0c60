package io.retention.features;

import io.retention.core.domain.Customer;
import io.retention.core.domain.RfmScore;
import io.retention.core.port.out.FittedSignals;
import io.retention.core.strategy.BehaviourFlag;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signals {@link StandardSignals} fitted: RFM cut points, the flags' fitted thresholds and the
 * usage statistics of engagement. Immutable and thread-safe.
 */
final class FittedStandardSignals implements FittedSignals {
  private final Optional<FittedRfm> rfm;
  private final Optional<FittedBehaviouralFeatures> behaviour;
  private final Optional<String> usage;
  private final double usageMean;
  private final double usageSd;

  FittedStandardSignals(
      Optional<FittedRfm> rfm,
      Optional<FittedBehaviouralFeatures> behaviour,
      Optional<String> usage,
      double[] usageStats) {
    this.rfm = rfm;
    this.behaviour = behaviour;
    this.usage = usage;
    this.usageMean = usageStats[0];
    this.usageSd = usageStats[1];
  }

  Optional<FittedRfm> rfmPart() {
    return rfm;
  }

  Optional<FittedBehaviouralFeatures> behaviourPart() {
    return behaviour;
  }

  Optional<String> usageAttribute() {
    return usage;
  }

  double[] usageStats() {
    return new double[] {usageMean, usageSd};
  }

  @Override
  public boolean hasRfm() {
    return rfm.isPresent();
  }

  @Override
  public Optional<RfmScore> rfm(Customer customer) {
    return rfm.map(r -> r.score(customer));
  }

  @Override
  public Set<BehaviourFlag> flags(Customer customer) {
    Set<BehaviourFlag> out = EnumSet.noneOf(BehaviourFlag.class);
    if (behaviour.isPresent()) {
      BehaviouralFlags f = behaviour.get().flags(customer);
      if (f.lowEngagement()) {
        out.add(BehaviourFlag.LOW_ENGAGEMENT);
      }
      if (f.highInactivity()) {
        out.add(BehaviourFlag.HIGH_INACTIVITY);
      }
      if (f.priceSensitive()) {
        out.add(BehaviourFlag.PRICE_SENSITIVE);
      }
    }
    return out;
  }

  @Override
  public double engagement(Customer customer) {
    double v = usage(customer, usage);
    if (!(Double.isFinite(v) && v >= 0) || usageSd == 0.0) {
      return 0.0;
    }
    return (Math.log1p(v) - usageMean) / usageSd;
  }

  static double usage(Customer c, Optional<String> attribute) {
    return StandardSignals.value(c, attribute);
  }
}
