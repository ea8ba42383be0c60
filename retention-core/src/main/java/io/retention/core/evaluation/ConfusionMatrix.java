package io.retention.core.evaluation;

/**
 * Counts of a binary classifier's decisions at one threshold, and the rates derived from them.
 *
 * @param truePositives positives predicted positive
 * @param falsePositives negatives predicted positive
 * @param trueNegatives negatives predicted negative
 * @param falseNegatives positives predicted negative
 */
public record ConfusionMatrix(
    long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

  /** Checks that counts are not negative. */
  public ConfusionMatrix {
    if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: tp="
              + truePositives
              + " fp="
              + falsePositives
              + " tn="
              + trueNegatives
              + " fn="
              + falseNegatives);
    }
  }

  /**
   * Decides every example at a threshold: an example is predicted positive when its score is at
   * least the threshold.
   *
   * @param scores one finite score per example
   * @param positive whether each example is positive
   * @param threshold the decision threshold
   * @return the counts
   * @throws IllegalArgumentException if lengths differ or a score is not finite
   */
  public static ConfusionMatrix at(double[] scores, boolean[] positive, double threshold) {
    BinaryMetrics.checkScores(scores, positive);
    long tp = 0;
    long fp = 0;
    long tn = 0;
    long fn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = scores[i] >= threshold;
      if (predicted && positive[i]) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (positive[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new ConfusionMatrix(tp, fp, tn, fn);
  }

  /**
   * The number of examples.
   *
   * @return the total count
   */
  public long total() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  /**
   * The share of correct decisions.
   *
   * @return accuracy, or NaN for no examples
   */
  public double accuracy() {
    long n = total();
    return n == 0 ? Double.NaN : (double) (truePositives + trueNegatives) / n;
  }

  /**
   * The share of predicted positives that are positive; 0 when nothing is predicted positive (as
   * scikit-learn reports it).
   *
   * @return precision
   */
  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? 0.0 : (double) truePositives / predicted;
  }

  /**
   * The share of positives predicted positive; 0 when there are no positives.
   *
   * @return recall
   */
  public double recall() {
    long actual = truePositives + falseNegatives;
    return actual == 0 ? 0.0 : (double) truePositives / actual;
  }

  /**
   * The harmonic mean of precision and recall, {@code 2tp / (2tp + fp + fn)}; 0 when both are 0.
   *
   * @return F1
   */
  public double f1() {
    long denominator = 2 * truePositives + falsePositives + falseNegatives;
    return denominator == 0 ? 0.0 : 2.0 * truePositives / denominator;
  }

  /**
   * The total cost of the mistakes.
   *
   * @param falsePositiveCost the cost of one false positive, finite and not negative
   * @param falseNegativeCost the cost of one false negative, finite and not negative
   * @return {@code fp × falsePositiveCost + fn × falseNegativeCost}
   */
  public double cost(double falsePositiveCost, double falseNegativeCost) {
    ThresholdPolicy.Costs.check(falsePositiveCost, falseNegativeCost);
    return falsePositives * falsePositiveCost + falseNegatives * falseNegativeCost;
  }
}
