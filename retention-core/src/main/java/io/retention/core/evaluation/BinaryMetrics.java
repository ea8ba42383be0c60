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
    checkScores(scores, positive);
    long positives = count(positive);
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
   * Average precision, the area under the precision–recall curve as scikit-learn's {@code
   * average_precision_score} defines it: {@code Σ (R_k − R_{k−1}) P_k} over the distinct scores in
   * decreasing order, where {@code P_k} and {@code R_k} are the precision and recall when every
   * example scoring at least the {@code k}-th score is predicted positive. Tied scores form one
   * step.
   *
   * @param scores one finite score per example
   * @param positive whether each example is positive
   * @return the average precision in [0, 1]
   * @throws IllegalArgumentException if lengths differ, a score is not finite, or no example is
   *     positive
   */
  public static double averagePrecision(double[] scores, boolean[] positive) {
    checkScores(scores, positive);
    long positives = count(positive);
    if (positives == 0) {
      throw new IllegalArgumentException("average precision needs at least one positive example");
    }
    Integer[] order = descending(scores);
    double ap = 0.0;
    double previousRecall = 0.0;
    long tp = 0;
    long seen = 0;
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      for (int k = start; k <= end; k++) {
        if (positive[order[k]]) {
          tp++;
        }
      }
      seen += end - start + 1;
      double recall = (double) tp / positives;
      double precision = (double) tp / seen;
      ap += (recall - previousRecall) * precision;
      previousRecall = recall;
      start = end + 1;
    }
    return ap;
  }

  /**
   * The mean negative log-likelihood of the labels, {@code −mean(y ln p + (1 − y) ln(1 − p))}.
   * Probabilities are clipped to [{@value #LOG_LOSS_EPSILON}, 1 − {@value #LOG_LOSS_EPSILON}] so
   * that a confident mistake costs a large but finite amount.
   *
   * @param probabilities one probability in [0, 1] per example
   * @param positive whether each example is positive
   * @return the log loss, not negative
   * @throws IllegalArgumentException if lengths differ, there are no examples, or a value is not a
   *     probability
   */
  public static double logLoss(double[] probabilities, boolean[] positive) {
    checkProbabilities(probabilities, positive);
    double sum = 0.0;
    for (int i = 0; i < probabilities.length; i++) {
      double p = Math.min(1.0 - LOG_LOSS_EPSILON, Math.max(LOG_LOSS_EPSILON, probabilities[i]));
      sum -= positive[i] ? Math.log(p) : Math.log1p(-p);
    }
    return sum / probabilities.length;
  }

  /** The clipping bound of {@link #logLoss}. */
  public static final double LOG_LOSS_EPSILON = 1e-15;

  /**
   * The Brier score: the mean squared difference between the probability and the outcome (1 for a
   * positive, 0 for a negative). Lower is better; 0 is perfect.
   *
   * @param probabilities one probability in [0, 1] per example
   * @param positive whether each example is positive
   * @return the Brier score in [0, 1]
   * @throws IllegalArgumentException if lengths differ, there are no examples, or a value is not a
   *     probability
   */
  public static double brierScore(double[] probabilities, boolean[] positive) {
    checkProbabilities(probabilities, positive);
    double sum = 0.0;
    for (int i = 0; i < probabilities.length; i++) {
      double d = probabilities[i] - (positive[i] ? 1.0 : 0.0);
      sum += d * d;
    }
    return sum / probabilities.length;
  }

  /**
   * The ROC-AUC of every feature on its own, for spotting label leakage: a feature that alone
   * separates the classes almost perfectly is suspicious. The AUC is folded to at least 0.5, since
   * a feature that falls as churn rises separates just as well.
   *
   * @param column one feature's values, one per example
   * @param positive whether each example is positive
   * @return {@code max(auc, 1 − auc)} in [0.5, 1]
   */
  public static double separation(double[] column, boolean[] positive) {
    double auc = rocAuc(column, positive);
    return Math.max(auc, 1.0 - auc);
  }

  /** Checks lengths and finiteness. */
  static void checkScores(double[] scores, boolean[] positive) {
    if (scores.length != positive.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + scores.length + " vs " + positive.length);
    }
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is not finite: " + scores[i]);
      }
    }
  }

  /** Checks lengths, that there are examples, and that every value is a probability. */
  static void checkProbabilities(double[] probabilities, boolean[] positive) {
    if (probabilities.length != positive.length) {
      throw new IllegalArgumentException(
          "probabilities and labels differ in length: "
              + probabilities.length
              + " vs "
              + positive.length);
    }
    if (probabilities.length == 0) {
      throw new IllegalArgumentException("no examples to evaluate");
    }
    for (int i = 0; i < probabilities.length; i++) {
      if (!(probabilities[i] >= 0.0 && probabilities[i] <= 1.0)) {
        throw new IllegalArgumentException(
            "value " + i + " is not a probability: " + probabilities[i]);
      }
    }
  }

  static long count(boolean[] positive) {
    long n = 0;
    for (boolean p : positive) {
      if (p) {
        n++;
      }
    }
    return n;
  }

  /** Indices sorted by decreasing score, ties by index. */
  static Integer[] descending(double[] scores) {
    return IntStream.range(0, scores.length)
        .boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
        .toArray(Integer[]::new);
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
