package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetentionEngineTest {
  private static final RetentionEngine ENGINE = RetentionEngine.withDefaults();

  private static CustomerSignals.Builder customer(String id, double p) {
    return CustomerSignals.builder(CustomerId.of(id), p).monthlySpend(10).tenureMonths(9);
  }

  @Test
  void aPlanCarriesEveryDerivedValueAndTheCustomersLabels() {
    CustomerSignals c =
        customer("alice", 0.8)
            .engagement(1.0)
            .segment("Casual Viewers")
            .rfmLabel("At Risk")
            .flag(BehaviourFlag.HIGH_INACTIVITY)
            .drivers(
                List.of(
                    new Contribution("last_login_days", 40, 0.4),
                    new Contribution("age", 30, 0.1),
                    new Contribution("watch_hours", 1, -0.05),
                    new Contribution("monthly_fee", 9, 0.01)))
            .recommendedTitles(List.of("Dark"))
            .build();

    RetentionPlan p = ENGINE.plan(c);

    double clv = 10 * 10 * (1 + 0.3 * Math.tanh(1.0));
    assertEquals(CustomerId.of("alice"), p.customer());
    assertEquals(0.8, p.churnProbability());
    assertEquals(RiskBucket.HIGH, p.risk());
    assertEquals(clv, p.clv(), 1e-12);
    assertEquals(0.8 * clv, p.expectedLoss(), 1e-12);
    assertEquals(0.8 * (clv + 1.0), p.priority(), 1e-12);
    assertEquals("Casual Viewers", p.segment());
    assertEquals("At Risk", p.rfmLabel());
    assertEquals("inactive-at-risk", p.rule());
    assertEquals(StandardActions.REENGAGEMENT_CAMPAIGN, p.action());
    assertEquals(List.of("last_login_days"), p.ruleDrivers());
    assertEquals(List.of("last_login_days", "age", "watch_hours"), p.topDrivers());
    assertEquals(List.of("Dark"), p.recommendedTitles());
  }

  @Test
  void theContractualClvModelCanBeSelected() {
    RetentionEngine engine =
        new RetentionEngine(
            StrategyConfig.DEFAULTS.withClvModel(ClvModel.Contractual.DEFAULTS),
            RetentionPolicy.defaultPreset());

    RetentionPlan p = engine.plan(customer("alice", 0.2).build());

    assertEquals(10 * 1.01 / (1.01 - 0.8), p.clv(), 1e-9);
    assertEquals(0.2 * p.clv(), p.expectedLoss(), 1e-12);
    assertSame(ClvModel.Contractual.DEFAULTS, engine.config().clvModel());
  }

  @Test
  void plansAreRankedByPriorityHighestFirst() {
    List<RetentionPlan> plans = ENGINE.planAll(StrategyFixtures.randomCustomers(2_000, 5));

    assertEquals(2_000, plans.size());
    for (int i = 1; i < plans.size(); i++) {
      assertTrue(
          RetentionPlan.HIGHEST_PRIORITY_FIRST.compare(plans.get(i - 1), plans.get(i)) < 0,
          "at " + i);
    }
  }

  @Test
  void shufflingTheInputChangesNothing() {
    List<CustomerSignals> customers = StrategyFixtures.randomCustomers(3_000, 6);
    List<RetentionPlan> expected = ENGINE.planAll(customers);

    for (long seed = 1; seed <= 3; seed++) {
      List<CustomerSignals> shuffled = new ArrayList<>(customers);
      Collections.shuffle(shuffled, new Random(seed));

      assertEquals(expected, ENGINE.planAll(shuffled), "shuffle seed " + seed);
    }
  }

  @Test
  void parallelPlanningGivesTheSameListAsSequentialPlanning() {
    List<CustomerSignals> customers = StrategyFixtures.randomCustomers(40_000, 7);
    RetentionEngine sequential =
        new RetentionEngine(
            StrategyConfig.DEFAULTS.withParallelThreshold(Integer.MAX_VALUE),
            RetentionPolicy.defaultPreset());
    RetentionEngine parallel =
        new RetentionEngine(
            StrategyConfig.DEFAULTS.withParallelThreshold(1), RetentionPolicy.defaultPreset());

    assertEquals(sequential.planAll(customers), parallel.planAll(customers));
  }

  @Test
  void equalPrioritiesAreBrokenByCustomerId() {
    List<CustomerSignals> customers =
        List.of(
            customer("c", 0.5).build(),
            customer("a", 0.5).build(),
            customer("d", 0.9).build(),
            customer("b", 0.5).build());

    List<String> order = ENGINE.planAll(customers).stream().map(p -> p.customer().value()).toList();

    assertEquals(List.of("d", "a", "b", "c"), order);
  }

  @Test
  void emptyInputGivesAnEmptyList() {
    assertEquals(List.of(), ENGINE.planAll(List.of()));
  }

  @Test
  void priorityGrowsWithProbabilityAndWithClvUnderBothClvModels() {
    SplittableRandom r = new SplittableRandom(21);
    for (ClvModel model : List.of(ClvModel.Proxy.DEFAULTS, ClvModel.Contractual.DEFAULTS)) {
      RetentionEngine engine =
          new RetentionEngine(
              StrategyConfig.DEFAULTS.withClvModel(model), RetentionPolicy.defaultPreset());
      for (int i = 0; i < 2_000; i++) {
        double p = r.nextDouble() * 0.99;
        double spend = r.nextDouble() * 30;
        double tenure = r.nextInt(72);
        double engagement = r.nextGaussian();
        double morePropensity = p + (1 - p) * (0.01 + 0.99 * r.nextDouble());
        double moreSpend = spend + 0.5 + r.nextDouble() * 10;
        RetentionPlan base = plan(engine, p, spend, tenure, engagement);
        RetentionPlan riskier = plan(engine, morePropensity, spend, tenure, engagement);
        RetentionPlan richer = plan(engine, Math.max(p, 0.01), moreSpend, tenure, engagement);
        RetentionPlan baseAtLeastOnePercent =
            plan(engine, Math.max(p, 0.01), spend, tenure, engagement);

        assertTrue(riskier.priority() > base.priority(), model + " p " + p);
        assertTrue(richer.clv() > baseAtLeastOnePercent.clv(), model + " spend " + spend);
        assertTrue(richer.priority() > baseAtLeastOnePercent.priority(), model + " spend " + spend);
      }
    }
  }

  private static RetentionPlan plan(
      RetentionEngine engine, double p, double spend, double tenure, double engagement) {
    return engine.plan(
        CustomerSignals.builder(CustomerId.of("x"), p)
            .monthlySpend(spend)
            .tenureMonths(tenure)
            .engagement(engagement)
            .build());
  }

  @Test
  void rejectsTheSameCustomerTwice() {
    List<CustomerSignals> twice = List.of(customer("a", 0.5).build(), customer("a", 0.6).build());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ENGINE.planAll(twice));
    assertTrue(e.getMessage().contains("customer a"), e.getMessage());
  }

  @Test
  void rejectsAClvThatOverflows() {
    CustomerSignals huge =
        CustomerSignals.builder(CustomerId.of("big"), 0.5)
            .monthlySpend(Double.MAX_VALUE)
            .tenureMonths(10)
            .build();

    assertThrows(IllegalArgumentException.class, () -> ENGINE.plan(huge));
  }
}
