package io.retention.core.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Why a model predicted what it did for one customer: a base value (the average prediction) plus
 * one contribution per feature adds up to the prediction.
 *
 * @param baseValue the expected prediction over the background data
 * @param contributions one contribution per feature
 * @param prediction the model's prediction for this customer, in the same space as the base value
 */
public record Explanation(double baseValue, List<Contribution> contributions, double prediction) {

  /** Checks and copies the fields. */
  public Explanation {
    Checks.finite(baseValue, "base value");
    Checks.finite(prediction, "prediction");
    contributions = List.copyOf(contributions);
  }

  /**
   * How far the contributions miss the prediction: |base + Σ contributions − prediction|. Exact
   * explainers keep it near 0.
   *
   * @return the additivity residual
   */
  public double residual() {
    double sum = baseValue;
    for (Contribution c : contributions) {
      sum += c.contribution();
    }
    return Math.abs(sum - prediction);
  }

  /**
   * The contributions with the largest effect first.
   *
   * @param k how many to keep
   * @return at most {@code k} contributions, by decreasing absolute contribution, then by name
   */
  public List<Contribution> top(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    return contributions.stream()
        .sorted(
            Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution()))
                .thenComparing(Contribution::feature))
        .limit(k)
        .toList();
  }
}
