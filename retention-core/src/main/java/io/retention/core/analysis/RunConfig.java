package io.retention.core.analysis;

import io.retention.core.RetentionException;
import io.retention.core.port.out.RetentionModel;
import java.util.Map;

/**
 * How a {@link RetentionAnalysis} run is sized. Immutable.
 *
 * <p>The model, the feature statistics, the RFM cut points and the segments are learned on seeded
 * samples of at most the given sizes, chosen by customer id (so the same customers are chosen
 * whatever the row order); every customer is then scored, segmented and planned by streaming over
 * the source in chunks, which keeps a million customers within a 2 GB heap.
 *
 * @param seed the seed of every random choice: samples, split, folds, models
 * @param testFraction share of the labelled training sample held out to evaluate the chosen model,
 *     in (0, 1)
 * @param folds stratified cross-validation folds of the model selection, at least 2
 * @param forestTrees trees of the random-forest candidate, at least 1
 * @param trainingLimit most labelled customers the model selection and hold-out use
 * @param fitSampleLimit most customers the feature statistics, RFM cut points and segments are
 *     learned from
 * @param minSegments smallest number of segments tried
 * @param maxSegments largest number of segments tried
 * @param driverSample about how many customers (an id-based sample) make the global drivers
 * @param explainedCustomers highest-priority customers explained one by one
 * @param recommendations titles recommended per customer when there is a catalog
 * @param topPlans rows of the ranked plan kept in the summary
 * @param chunk customers transformed and scored together when streaming
 */
public record RunConfig(
    long seed,
    double testFraction,
    int folds,
    int forestTrees,
    int trainingLimit,
    int fitSampleLimit,
    int minSegments,
    int maxSegments,
    int driverSample,
    int explainedCustomers,
    int recommendations,
    int topPlans,
    int chunk) {

  /**
   * The seed of {@link #DEFAULTS}, and of every other default configuration of the library (model
   * selection, forest, k-means scan).
   */
  public static final long DEFAULT_SEED = 42L;

  /** The metadata key of the run's seed in a saved model. */
  public static final String SEED_KEY = "run.seed";

  /** The metadata key of the number of customers the run explained, in a saved model. */
  public static final String EXPLAINED_KEY = "run.explained";

  /** The hold-out share of {@link #DEFAULTS}. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  /**
   * The cross-validation folds of {@link #DEFAULTS}, also the default of {@code
   * ModelSelectionConfig} and of {@code retention train --folds}: five folds give each candidate's
   * mean PR-AUC from five scores at the cost of six fits per candidate, a second or two on 5,000
   * customers.
   */
  public static final int DEFAULT_FOLDS = 5;

  /**
   * The trees of the random-forest candidate in {@link #DEFAULTS}, also the default of the Tribuo
   * adapter's forest and of {@code retention train --trees}: on the 5,000 generated customers and
   * on the Telco file, 50 trees score within 0.001 of 100 trees in cross-validated ROC-AUC at half
   * the cost to train, score and explain.
   */
  public static final int DEFAULT_FOREST_TREES = 50;

  /** The smallest number of segments tried in {@link #DEFAULTS} and by every k scan by default. */
  public static final int DEFAULT_MIN_SEGMENTS = 2;

  /**
   * The largest number of segments tried in {@link #DEFAULTS} and by every k scan by default: up to
   * six segments, each still large enough to act on and to name.
   */
  public static final int DEFAULT_MAX_SEGMENTS = 6;

  /** The titles recommended per customer in {@link #DEFAULTS}. */
  public static final int DEFAULT_RECOMMENDATIONS = 5;

  /**
   * The library's one set of defaults, which the whole analysis, {@code retention demo} and every
   * step command ({@code train}, {@code segment}, {@code recommend}, ...) use: seed {@value
   * #DEFAULT_SEED}, a 20% hold-out, {@value #DEFAULT_FOLDS} folds, a {@value
   * #DEFAULT_FOREST_TREES}-tree forest, model selection on at most 20,000 labelled customers,
   * statistics and segments learned on at most 20,000, k from {@value #DEFAULT_MIN_SEGMENTS} to
   * {@value #DEFAULT_MAX_SEGMENTS}, global drivers on 300 customers, 50 customers explained,
   * {@value #DEFAULT_RECOMMENDATIONS} titles each, the top 50 plans in the summary, chunks of
   * 4,096. Sized so that the 5,000-customer demo stays well under 30 s on two cores.
   */
  public static final RunConfig DEFAULTS =
      new RunConfig(
          DEFAULT_SEED,
          DEFAULT_TEST_FRACTION,
          DEFAULT_FOLDS,
          DEFAULT_FOREST_TREES,
          20_000,
          20_000,
          DEFAULT_MIN_SEGMENTS,
          DEFAULT_MAX_SEGMENTS,
          300,
          50,
          DEFAULT_RECOMMENDATIONS,
          50,
          4096);

  /** Checks the ranges. */
  public RunConfig {
    if (!(testFraction > 0.0 && testFraction < 1.0)) {
      throw new IllegalArgumentException("testFraction must lie in (0, 1), got " + testFraction);
    }
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2, got " + folds);
    }
    if (minSegments < 2 || maxSegments < minSegments) {
      throw new IllegalArgumentException(
          "need 2 <= minSegments <= maxSegments, got " + minSegments + ", " + maxSegments);
    }
    int[] positive = {
      forestTrees, trainingLimit, fitSampleLimit, driverSample, explainedCustomers, topPlans, chunk
    };
    for (int v : positive) {
      if (v < 1) {
        throw new IllegalArgumentException("sizes must be >= 1, got " + v);
      }
    }
    if (recommendations < 0) {
      throw new IllegalArgumentException("recommendations must be >= 0, got " + recommendations);
    }
  }

  /**
   * A copy with another seed.
   *
   * @param newSeed the seed
   * @return the new configuration
   */
  public RunConfig withSeed(long newSeed) {
    return new RunConfig(
        newSeed,
        testFraction,
        folds,
        forestTrees,
        trainingLimit,
        fitSampleLimit,
        minSegments,
        maxSegments,
        driverSample,
        explainedCustomers,
        recommendations,
        topPlans,
        chunk);
  }

  /**
   * A copy with another hold-out share.
   *
   * @param fraction the share, in (0, 1)
   * @return the new configuration
   */
  public RunConfig withTestFraction(double fraction) {
    return new RunConfig(
        seed,
        fraction,
        folds,
        forestTrees,
        trainingLimit,
        fitSampleLimit,
        minSegments,
        maxSegments,
        driverSample,
        explainedCustomers,
        recommendations,
        topPlans,
        chunk);
  }

  /**
   * A copy with another number of cross-validation folds.
   *
   * @param n the folds, at least 2
   * @return the new configuration
   */
  public RunConfig withFolds(int n) {
    return new RunConfig(
        seed,
        testFraction,
        n,
        forestTrees,
        trainingLimit,
        fitSampleLimit,
        minSegments,
        maxSegments,
        driverSample,
        explainedCustomers,
        recommendations,
        topPlans,
        chunk);
  }

  /**
   * A copy with another number of trees in the random-forest candidate.
   *
   * @param n the trees, at least 1
   * @return the new configuration
   */
  public RunConfig withForestTrees(int n) {
    return new RunConfig(
        seed,
        testFraction,
        folds,
        n,
        trainingLimit,
        fitSampleLimit,
        minSegments,
        maxSegments,
        driverSample,
        explainedCustomers,
        recommendations,
        topPlans,
        chunk);
  }

  /**
   * A copy that tries another range of segment counts.
   *
   * @param min the smallest number of segments, at least 2
   * @param max the largest, at least {@code min}
   * @return the new configuration
   */
  public RunConfig withSegments(int min, int max) {
    return new RunConfig(
        seed,
        testFraction,
        folds,
        forestTrees,
        trainingLimit,
        fitSampleLimit,
        min,
        max,
        driverSample,
        explainedCustomers,
        recommendations,
        topPlans,
        chunk);
  }

  /**
   * A copy that explains another number of the highest-priority customers.
   *
   * @param n how many, at least 1
   * @return the new configuration
   */
  public RunConfig withExplainedCustomers(int n) {
    return new RunConfig(
        seed,
        testFraction,
        folds,
        forestTrees,
        trainingLimit,
        fitSampleLimit,
        minSegments,
        maxSegments,
        driverSample,
        n,
        recommendations,
        topPlans,
        chunk);
  }

  /**
   * A copy that keeps another number of rows of the ranked plan in the summary.
   *
   * @param n how many, at least 1
   * @return the new configuration
   */
  public RunConfig withTopPlans(int n) {
    return new RunConfig(
        seed,
        testFraction,
        folds,
        forestTrees,
        trainingLimit,
        fitSampleLimit,
        minSegments,
        maxSegments,
        driverSample,
        explainedCustomers,
        recommendations,
        n,
        chunk);
  }

  /**
   * The configuration that plans as the run that saved a model did: this one with the seed and the
   * number of explained customers the run recorded in the model's metadata (this one's where the
   * model does not say).
   *
   * @param model a model saved by a run
   * @return the configuration
   * @throws io.retention.core.RetentionException if the recorded values are not numbers
   */
  public RunConfig of(RetentionModel model) {
    Map<String, String> facts = model.churn().metadata();
    try {
      RunConfig c = this;
      if (facts.containsKey(SEED_KEY)) {
        c = c.withSeed(Long.parseLong(facts.get(SEED_KEY)));
      }
      if (facts.containsKey(EXPLAINED_KEY)) {
        c = c.withExplainedCustomers(Integer.parseInt(facts.get(EXPLAINED_KEY)));
      }
      return c;
    } catch (IllegalArgumentException e) {
      throw new RetentionException(
          "the model's run facts are unreadable: "
              + SEED_KEY
              + "="
              + facts.get(SEED_KEY)
              + ", "
              + EXPLAINED_KEY
              + "="
              + facts.get(EXPLAINED_KEY),
          e);
    }
  }

  /** The metadata facts a run records in its saved model: how planning with it must be sized. */
  Map<String, String> facts() {
    return Map.of(
        SEED_KEY, Long.toString(seed), EXPLAINED_KEY, Integer.toString(explainedCustomers));
  }
}
