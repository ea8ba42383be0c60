package io.retention.core.application;

import io.retention.core.domain.ChurnScore;
import io.retention.core.port.out.ChurnModelBundle;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of training on one part of the labelled customers and scoring the other.
 *
 * @param bundle the model trained on the training part
 * @param testScores the test customers' scores, in test order
 * @param rocAuc the ROC-AUC of those scores against the test labels
 * @param trainSize how many customers were trained on
 * @param testChurnRate the share of churned customers in the test part
 */
public record HoldOutEvaluation(
    ChurnModelBundle bundle,
    List<ChurnScore> testScores,
    double rocAuc,
    int trainSize,
    double testChurnRate) {

  /** Copies the scores. */
  public HoldOutEvaluation {
    Objects.requireNonNull(bundle, "bundle");
    testScores = List.copyOf(testScores);
  }
}
