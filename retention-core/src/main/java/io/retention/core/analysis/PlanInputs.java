package io.retention.core.analysis;

import io.retention.core.domain.CustomerId;
import io.retention.core.strategy.BehaviourFlag;
import io.retention.core.strategy.CustomerSignals;
import java.util.EnumSet;
import java.util.Set;

/**
 * The engine's view of a customer position, put together from the stages' outputs: probability,
 * spend, tenure, engagement, RFM label, flags and segment. Read-only.
 */
final class PlanInputs {
  private final CustomerPasses passes;
  private final SignalTable signals;
  private final SegmentAssignment segments;
  private final double[] probabilities;

  PlanInputs(
      CustomerPasses passes,
      SignalTable signals,
      SegmentAssignment segments,
      double[] probabilities) {
    this.passes = passes;
    this.signals = signals;
    this.segments = segments;
    this.probabilities = probabilities;
  }

  /** A builder of the customer's signals, to which a stage may add drivers and titles. */
  CustomerSignals.Builder signals(int i) {
    Set<BehaviourFlag> flags = EnumSet.noneOf(BehaviourFlag.class);
    for (BehaviourFlag flag : BehaviourFlag.values()) {
      if ((signals.flags()[i] & (1 << flag.ordinal())) != 0) {
        flags.add(flag);
      }
    }
    return signals(
        passes.id(i),
        probabilities[i],
        signals.spend()[i],
        signals.tenure()[i],
        signals.engagement()[i],
        signals.rfmLabels()[i],
        flags,
        segments.name(i));
  }

  /**
   * The engine's view of one customer from its parts: the one definition the run and {@link
   * AssessCustomers} share.
   */
  static CustomerSignals.Builder signals(
      CustomerId id,
      double probability,
      double spend,
      double tenure,
      double engagement,
      String rfmLabel,
      Set<BehaviourFlag> flags,
      String segment) {
    CustomerSignals.Builder b =
        CustomerSignals.builder(id, probability)
            .monthlySpend(spend)
            .tenureMonths(tenure)
            .engagement(engagement)
            .rfmLabel(rfmLabel);
    for (BehaviourFlag flag : flags) {
      b.flag(flag);
    }
    return b.segment(segment);
  }

  double probability(int i) {
    return probabilities[i];
  }
}
