package io.retention.core.evaluation;

/**
 * How to choose the probability at or above which a customer is treated as a churner.
 *
 * <p>{@link Fixed} uses a given value (usually 0.5); {@link MaxF1} picks the score that maximises
 * F1 on labelled examples; {@link Costs} picks the score that minimises the total cost of false
 * positives and false negatives on labelled examples. Choose data-driven thresholds on validation
 * or out-of-fold predictions, never on the test part.
 */
public sealed interface ThresholdPolicy
    permits ThresholdPolicy.Fixed, ThresholdPolicy.MaxF1, ThresholdPolicy.Costs {

  /** The conventional threshold of one half. */
  ThresholdPolicy HALF = new Fixed(0.5);

  /**
   * Chooses a threshold.
   *
   * @param scores one finite score per labelled example
   * @param positive whether each example is positive
   * @return the threshold; an example is predicted positive when its score is at least this
   */
  double choose(double[] scores, boolean[] positive);

  /**
   * A short description for reports.
   *
   * @return the description
   */
  String describe();

  /**
   * A fixed threshold.
   *
   * @param threshold the threshold, finite
   */
  record Fixed(double threshold) implements ThresholdPolicy {
    /** Checks the threshold. */
    public Fixed {
      if (!Double.isFinite(threshold)) {
        throw new IllegalArgumentException("threshold must be finite, got " + threshold);
      }
    }

    @Override
    public double choose(double[] scores, boolean[] positive) {
      BinaryMetrics.checkScores(scores, positive);
      return threshold;
    }

    @Override
    public String describe() {
      return "fixed " + threshold;
    }
  }

  /** The threshold with the highest F1; among equals, the highest threshold. */
  record MaxF1() implements ThresholdPolicy {
    @Override
    public double choose(double[] scores, boolean[] positive) {
      return ThresholdSweep.best(
          scores, positive, (tp, fp, fn) -> -2.0 * tp / (2.0 * tp + fp + fn));
    }

    @Override
    public String describe() {
      return "maximum F1";
    }
  }

  /**
   * The threshold with the lowest total cost of mistakes; among equals, the highest threshold.
   *
   * @param falsePositiveCost the cost of treating a stayer as a churner (for example, a wasted
   *     offer), finite and not negative
   * @param falseNegativeCost the cost of missing a churner (for example, lost margin), finite and
   *     not negative
   */
  record Costs(double falsePositiveCost, double falseNegativeCost) implements ThresholdPolicy {
    /** Checks the costs. */
    public Costs {
      check(falsePositiveCost, falseNegativeCost);
    }

    static void check(double falsePositiveCost, double falseNegativeCost) {
      if (!(falsePositiveCost >= 0.0 && Double.isFinite(falsePositiveCost))
          || !(falseNegativeCost >= 0.0 && Double.isFinite(falseNegativeCost))) {
        throw new IllegalArgumentException(
            "costs must be finite and not negative, got "
                + falsePositiveCost
                + " and "
                + falseNegativeCost);
      }
      if (falsePositiveCost + falseNegativeCost == 0.0) {
        throw new IllegalArgumentException("at least one cost must be positive");
      }
    }

    @Override
    public double choose(double[] scores, boolean[] positive) {
      return ThresholdSweep.best(
          scores, positive, (tp, fp, fn) -> fp * falsePositiveCost + fn * falseNegativeCost);
    }

    @Override
    public String describe() {
      return "minimum cost (false positive "
          + falsePositiveCost
          + ", false negative "
          + falseNegativeCost
          + ")";
    }
  }
}
