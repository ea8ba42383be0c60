package io.retention.core.strategy;

import io.retention.core.domain.RiskThresholds;
import java.util.Objects;

/**
 * How the {@link RetentionEngine} values and ranks customers.
 *
 * <p>The priority score is {@code p × (CLV + priorityValueFloor)}: the expected loss p × CLV plus a
 * small term p × floor. It is 0 for a customer certain to stay, grows strictly with the churn
 * probability for every CLV (the floor keeps it growing when CLV is 0), and grows strictly with CLV
 * for every p &gt; 0. With the default floor of one currency unit it differs from the expected loss
 * by at most one unit, so the ranking is the expected-loss ranking wherever losses differ by more.
 *
 * @param thresholds where risk buckets start
 * @param clvModel how lifetime value is estimated
 * @param priorityValueFloor the value added to CLV in the priority score, greater than 0
 * @param driversKept how many of a customer's drivers the plan lists, 0 or more
 * @param parallelThreshold from how many customers planning uses parallel streams (all cores of the
 *     common fork-join pool), at least 1; the result does not depend on it
 */
public record StrategyConfig(
    RiskThresholds thresholds,
    ClvModel clvModel,
    double priorityValueFloor,
    int driversKept,
    int parallelThreshold) {

  /** The drivers kept per customer in {@link #DEFAULTS}, also {@code retention plan --drivers}. */
  public static final int DEFAULT_DRIVERS_KEPT = 3;

  /**
   * Thresholds 0.40 and 0.75, the proxy CLV with weight 0.3, a priority floor of 1, three drivers
   * kept, parallel from 20,000 customers.
   */
  public static final StrategyConfig DEFAULTS =
      new StrategyConfig(
          RiskThresholds.DEFAULTS, ClvModel.Proxy.DEFAULTS, 1.0, DEFAULT_DRIVERS_KEPT, 20_000);

  /** Checks the fields. */
  public StrategyConfig {
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(clvModel, "clvModel");
    if (!(Double.isFinite(priorityValueFloor) && priorityValueFloor > 0.0)) {
      throw new IllegalArgumentException(
          "priority value floor must be a finite number > 0, got " + priorityValueFloor);
    }
    if (driversKept < 0) {
      throw new IllegalArgumentException("drivers kept must be >= 0, got " + driversKept);
    }
    if (parallelThreshold < 1) {
      throw new IllegalArgumentException(
          "parallel threshold must be >= 1, got " + parallelThreshold);
    }
  }

  /**
   * The same configuration with another CLV model.
   *
   * @param model the CLV model
   * @return a new configuration
   */
  public StrategyConfig withClvModel(ClvModel model) {
    return new StrategyConfig(
        thresholds, model, priorityValueFloor, driversKept, parallelThreshold);
  }

  /**
   * The same configuration with other risk thresholds.
   *
   * @param value the thresholds
   * @return a new configuration
   */
  public StrategyConfig withThresholds(RiskThresholds value) {
    return new StrategyConfig(value, clvModel, priorityValueFloor, driversKept, parallelThreshold);
  }

  /**
   * The same configuration with another parallel threshold.
   *
   * @param value from how many customers to plan in parallel
   * @return a new configuration
   */
  public StrategyConfig withParallelThreshold(int value) {
    return new StrategyConfig(thresholds, clvModel, priorityValueFloor, driversKept, value);
  }

  /**
   * The priority score, {@code p × (clv + priorityValueFloor)}.
   *
   * @param churnProbability p, in [0, 1]
   * @param clv the lifetime value, 0 or more
   * @return the priority, 0 or more
   */
  public double priority(double churnProbability, double clv) {
    return churnProbability * (clv + priorityValueFloor);
  }
}
