package io.retention.core.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Why a model predicted what it did for one customer: a base value (the average prediction) plus
 * one contribution per feature adds up to the prediction. Each contribution also carries the
 * customer's value of its feature.
 *
 * @param baseValue the expected prediction over the background data
 * @param contributions one contribution per feature
 * @param prediction the model's prediction for this customer, in the same space as the base value
 * @param space the scale of the base value, the contributions and the prediction
 */
public record Explanation(
    double baseValue, List<Contribution> contributions, double prediction, ExplanationSpace space) {

  /** Checks and copies the fields. */
  public Explanation {
    Checks.finite(baseValue, "base value");
    Checks.finite(prediction, "prediction");
    contributions = List.copyOf(contributions);
    java.util.Objects.requireNonNull(space, "space");
  }

  /**
   * An explanation in {@link ExplanationSpace#PROBABILITY probability space}.
   *
   * @param baseValue the expected churn probability over the background data
   * @param contributions one contribution per feature
   * @param prediction the churn probability for this customer
   */
  public Explanation(double baseValue, List<Contribution> contributions, double prediction) {
    this(baseValue, contributions, prediction, ExplanationSpace.PROBABILITY);
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
