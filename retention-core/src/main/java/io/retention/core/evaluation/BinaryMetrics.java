package io.retention.core.evaluation;

import java.util.Comparator;
import java.util.stream.IntStream;

/** Metrics for binary classifiers that output a score per example (higher means positive). */
public final class BinaryMetrics {
  private BinaryMetrics() {}

  /**
   * The area under the ROC curve: the probability that a random positive example scores above a
   * random negative one, counting ties as one half. Computed from mid-ranks (the Mann–Whitney U
   * statistic), so tied scores are handled exactly, in O(n log n).
   *
   * @param scores one finite score per example
   * @param positive whether each example is positive
   * @return the ROC-AUC in [0, 1]
   * @throws IllegalArgumentException if lengths differ, a score is not finite, or a class is absent
   */
  public static double rocAuc(double[] scores, boolean[] positive) {
    if (scores.length != positive.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + scores.length + " vs " + positive.length);
    }
    long positives = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is not finite: " + scores[i]);
      }
      if (positive[i]) {
        positives++;
      }
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException(
          "ROC-AUC needs both classes; got "
              + positives
              + " positive and "
              + negatives
              + " negative examples");
    }
    Integer[] order =
        IntStream.range(0, scores.length)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> scores[i]))
            .toArray(Integer[]::new);
    double positiveRankSum = 0.0;
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      double midRank = (start + end) / 2.0 + 1.0; // ranks are 1-based
      for (int k = start; k <= end; k++) {
        if (positive[order[k]]) {
          positiveRankSum += midRank;
        }
      }
      start = end + 1;
    }
    double u = positiveRankSum - positives * (positives + 1) / 2.0;
    return u / ((double) positives * negatives);
  }

  /**
   * The share of positive examples.
   *
   * @param positive whether each example is positive
   * @return the positive rate, or NaN for no examples
   */
  public static double positiveRate(boolean[] positive) {
    if (positive.length == 0) {
      return Double.NaN;
    }
    long count = IntStream.range(0, positive.length).filter(i -> positive[i]).count();
    return (double) count / positive.length;
  }
}
