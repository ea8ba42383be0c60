package io.retention.examples.bench;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.strategy.BehaviourFlag;
import io.retention.core.strategy.BudgetTargeting;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.strategy.RetentionPolicy;
import io.retention.core.strategy.StrategyConfig;
import io.retention.core.strategy.TargetingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Planning one million scored customers (model scoring excluded): risk, CLV, priority, the default
 * policy's action and the ranking, with the engine's parallel path and forced sequential; budget
 * targeting over the resulting plans; and, as the reference, sorting the same customers' churn
 * scores by probability alone (the least any ranking costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RetentionPlanningBenchmark {
  private static final int CUSTOMERS = 1_000_000;
  private static final String[] SEGMENTS = {"Loyal High-Value", "Casual Viewers", "New Members"};
  private static final String[] RFM = {"Champions", "At Risk", "Hibernating", "Loyal Customers"};
  private static final String[] FEATURES = {
    "monthly_fee", "last_login_days", "watch_hours", "age", "subscription_type=Basic"
  };

  private List<CustomerSignals> customers;
  private List<ChurnScore> scores;
  private final RetentionEngine engine = RetentionEngine.withDefaults();
  private final RetentionEngine sequential =
      new RetentionEngine(
          StrategyConfig.DEFAULTS.withParallelThreshold(Integer.MAX_VALUE),
          RetentionPolicy.defaultPreset());

  /** Generates the customers, seeded, with every kind of signal. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(42);
    customers = new ArrayList<>(CUSTOMERS);
    scores = new ArrayList<>(CUSTOMERS);
    List<List<String>> titles = new ArrayList<>();
    for (int t = 0; t < 100; t++) {
      titles.add(List.of("Title " + t, "Title " + (t + 1)));
    }
    for (int i = 0; i < CUSTOMERS; i++) {
      CustomerId id = CustomerId.of(String.format(Locale.ROOT, "c%07d", i));
      double p = r.nextDouble();
      CustomerSignals.Builder b =
          CustomerSignals.builder(id, p)
              .monthlySpend(5 + r.nextDouble() * 20)
              .tenureMonths(r.nextInt(72))
              .engagement(r.nextGaussian())
              .segment(SEGMENTS[r.nextInt(SEGMENTS.length)])
              .rfmLabel(RFM[r.nextInt(RFM.length)]);
      for (BehaviourFlag f : BehaviourFlag.values()) {
        if (r.nextInt(5) == 0) {
          b.flag(f);
        }
      }
      List<Contribution> drivers = new ArrayList<>(3);
      for (int j = 0; j < 3; j++) {
        drivers.add(
            new Contribution(FEATURES[r.nextInt(FEATURES.length)] + j, j, r.nextDouble() - 0.3));
      }
      b.drivers(drivers);
      if (r.nextBoolean()) {
        b.recommendedTitles(titles.get(r.nextInt(titles.size())));
      }
      customers.add(b.build());
      scores.add(new ChurnScore(id, p));
    }
  }

  /** The ranked plans of the customers, made only for the targeting benchmark. */
  @State(Scope.Benchmark)
  public static class Planned {
    List<RetentionPlan> plans;

    /**
     * Plans the customers once.
     *
     * @param input the generated customers
     */
    @Setup
    public void setUp(RetentionPlanningBenchmark input) {
      plans = input.engine.planAll(input.customers);
    }
  }

  /**
   * Plans and ranks every customer, in parallel on the common pool (the engine's default for large
   * inputs).
   *
   * @return the ranked plans
   */
  @Benchmark
  public List<RetentionPlan> planParallel() {
    return engine.planAll(customers);
  }

  /**
   * Plans and ranks every customer on one thread.
   *
   * @return the ranked plans
   */
  @Benchmark
  public List<RetentionPlan> planSequential() {
    return sequential.planAll(customers);
  }

  /**
   * Chooses whom to contact within a budget of 500,000 among the million plans.
   *
   * @param planned the plans
   * @return the selection
   */
  @Benchmark
  public TargetingResult targetWithinBudget(Planned planned) {
    return BudgetTargeting.select(planned.plans, 500_000);
  }

  /**
   * The reference: sorts the churn scores by probability, highest first, on one thread.
   *
   * @return the sorted scores
   */
  @Benchmark
  public List<ChurnScore> referenceSortScoresOnly() {
    return scores.stream().sorted(ChurnScore.HIGHEST_RISK_FIRST).toList();
  }
}
