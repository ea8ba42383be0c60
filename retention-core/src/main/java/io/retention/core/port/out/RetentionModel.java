package io.retention.core.port.out;

import java.util.Objects;

/**
 * Everything a run learned that placing one more customer needs, saved together in one model bundle
 * file: the churn model with its features, the fitted signals (RFM cut points, flag thresholds,
 * engagement statistics) and the segmentation. The analysis, the commands, the dashboard and a
 * host's service all read a customer's probability, RFM label, flags, engagement and segment from
 * it, so that they agree. Immutable and thread-safe when its parts are.
 *
 * @param churn the churn model and its fitted features
 * @param signals the fitted signals
 * @param segmentation the fitted segmentation
 */
public record RetentionModel(
    ChurnModelBundle churn, FittedSignals signals, FittedSegmentation segmentation) {

  /** Checks that the parts are present. */
  public RetentionModel {
    Objects.requireNonNull(churn, "churn");
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(segmentation, "segmentation");
  }
}
