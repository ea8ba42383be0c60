package io.retention.examples.dashboard;

import java.util.Objects;

/**
 * A customer's RFM values, scores and label.
 *
 * @param recency the recency value (for example days since the last login)
 * @param frequency the frequency value
 * @param monetary the monetary value
 * @param recencyScore 1 to 5
 * @param frequencyScore 1 to 5
 * @param monetaryScore 1 to 5
 * @param label the RFM label
 */
public record RfmEntry(
    double recency,
    double frequency,
    double monetary,
    int recencyScore,
    int frequencyScore,
    int monetaryScore,
    String label) {
  /** Checks the label. */
  public RfmEntry {
    Objects.requireNonNull(label, "label");
  }
}
