package io.retention.core.analysis;

import io.retention.core.strategy.BehaviourFlag;
import io.retention.core.strategy.CustomerSignals;

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
    CustomerSignals.Builder b =
        CustomerSignals.builder(passes.id(i), probabilities[i])
            .monthlySpend(signals.spend()[i])
            .tenureMonths(signals.tenure()[i])
            .engagement(signals.engagement()[i])
            .rfmLabel(signals.rfmLabels()[i]);
    for (BehaviourFlag flag : BehaviourFlag.values()) {
      if ((signals.flags()[i] & (1 << flag.ordinal())) != 0) {
        b.flag(flag);
      }
    }
    b.segment(segments.name(i));
    return b;
  }

  double probability(int i) {
    return probabilities[i];
  }
}
