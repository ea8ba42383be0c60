package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionAction;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskThresholds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BudgetTargetingTest {

  /** A plan whose net saved value is p × clv × saveRate − cost. */
  static RetentionPlan plan(String id, double p, double clv, double cost, double saveRate) {
    return new RetentionPlan(
        CustomerId.of(id),
        p,
        RiskThresholds.DEFAULTS.bucketOf(p),
        clv,
        p * clv,
        p * (clv + 1),
        RetentionPlan.UNKNOWN,
        RetentionPlan.UNKNOWN,
        new RetentionAction("A" + (int) cost, "an action", cost, saveRate),
        "rule",
        List.of(),
        List.of(),
        List.of());
  }

  private static List<String> ids(TargetingResult r) {
    return r.contacts().stream().map(t -> t.plan().customer().value()).toList();
  }

  @Test
  void takesTheBestValuePerUnitOfCostFirstAndReportsValueCostAndReturn() {
    // net values: a = 0.5·200·0.5 − 10 = 40 (4 per unit), b = 0.5·100·0.5 − 5 = 20 (4),
    // c = 0.5·100·0.2 − 5 = 5 (1)
    List<RetentionPlan> plans =
        List.of(
            plan("c", 0.5, 100, 5, 0.2), plan("a", 0.5, 200, 10, 0.5), plan("b", 0.5, 100, 5, 0.5));

    TargetingResult r = BudgetTargeting.select(plans, 15);

    assertEquals(List.of("a", "b"), ids(r));
    TargetedContact a = r.contacts().get(0);
    assertEquals(50.0, a.expectedSavedValue(), 1e-12);
    assertEquals(10.0, a.cost());
    assertEquals(40.0, a.netValue(), 1e-12);
    assertEquals(4.0, a.returnOnSpend(), 1e-12);
    assertEquals(15.0, r.spent());
    assertEquals(60.0, r.expectedNetValue(), 1e-12);
    assertEquals(60.0, r.upperBound(), 1e-12);
    assertEquals(0.0, r.optimalityGapBound(), 1e-12);
    assertFalse(r.bestSingleChosen());
  }

  @Test
  void theBestSingleContactWinsWhenTheGreedyFillsTheBudgetBadly() {
    // x: net 2 for cost 1 (density 2); y: net 10 for cost 10 (density 1); budget 10
    List<RetentionPlan> plans = List.of(plan("x", 1.0, 30, 1, 0.1), plan("y", 1.0, 200, 10, 0.1));

    TargetingResult r = BudgetTargeting.select(plans, 10);

    assertEquals(List.of("y"), ids(r));
    assertTrue(r.bestSingleChosen());
    assertEquals(10.0, r.expectedNetValue(), 1e-12);
    assertEquals(2.0 + 10.0 * 9 / 10, r.upperBound(), 1e-12);
  }

  @Test
  void neverContactsACustomerWhoseExpectedSavingDoesNotCoverTheCost() {
    List<RetentionPlan> plans =
        List.of(
            plan("loss", 0.1, 100, 5, 0.2), // 2 − 5 < 0
            plan("even", 0.5, 100, 5, 0.1), // 5 − 5 = 0
            plan("maintain", 0.9, 1000, 0, 0.0));

    TargetingResult r = BudgetTargeting.select(plans, 1_000);

    assertEquals(List.of(), r.contacts());
    assertEquals(0.0, r.spent());
    assertEquals(0.0, r.expectedNetValue());
  }

  @Test
  void aZeroBudgetContactsOnlyCustomersWhoseActionIsFree() {
    List<RetentionPlan> plans =
        List.of(plan("paid", 0.9, 1000, 5, 0.5), plan("free", 0.5, 100, 0, 0.1));

    TargetingResult r = BudgetTargeting.select(plans, 0);

    assertEquals(List.of("free"), ids(r));
    assertEquals(Double.POSITIVE_INFINITY, r.contacts().get(0).returnOnSpend());
    assertEquals(0.0, r.spent());
    assertEquals(5.0, r.expectedNetValue(), 1e-12);
    assertEquals(
        List.of(), BudgetTargeting.select(List.of(plan("paid", 0.9, 1000, 5, 0.5)), 0).contacts());
  }

  @Test
  void emptyInputSelectsNobody() {
    TargetingResult r = BudgetTargeting.select(List.of(), 100);

    assertEquals(List.of(), r.contacts());
    assertEquals(0.0, r.upperBound());
  }

  @Test
  void equalCandidatesAreChosenByCustomerId() {
    List<RetentionPlan> plans =
        List.of(
            plan("c", 0.5, 100, 5, 0.5), plan("a", 0.5, 100, 5, 0.5), plan("b", 0.5, 100, 5, 0.5));

    assertEquals(List.of("a", "b"), ids(BudgetTargeting.select(plans, 10)));
    assertEquals(List.of("a"), ids(BudgetTargeting.select(plans, 9)));
  }

  @Test
  void isWithinHalfOfTheBruteForceOptimumAndTheOptimumWithinTheBound() {
    SplittableRandom random = new SplittableRandom(2024);
    double worstRatio = 1.0;
    int belowOptimum = 0;
    for (int instance = 0; instance < 400; instance++) {
      int n = 1 + random.nextInt(12);
      List<RetentionPlan> plans = randomPlans(random, n);
      double budget = random.nextInt(60);

      TargetingResult r = BudgetTargeting.select(plans, budget);
      double optimum = bruteForceOptimum(plans, budget);

      assertTrue(r.spent() <= budget, "over budget in instance " + instance);
      assertTrue(r.expectedNetValue() <= optimum + 1e-9, "beats the optimum " + instance);
      assertTrue(r.expectedNetValue() >= optimum / 2 - 1e-9, "below half " + instance);
      assertTrue(r.upperBound() >= optimum - 1e-9, "bound below optimum " + instance);
      if (optimum > 0) {
        worstRatio = Math.min(worstRatio, r.expectedNetValue() / optimum);
      }
      if (r.expectedNetValue() < optimum - 1e-9) {
        belowOptimum++;
      }
    }
    assertTrue(worstRatio >= 0.5, "worst ratio " + worstRatio);
    // the instances are hard enough that the greedy is not always optimal
    assertTrue(belowOptimum > 0, "the greedy was optimal on every instance");
  }

  @Test
  void theOrderOfThePlansDoesNotMatter() {
    List<RetentionPlan> plans = randomPlans(new SplittableRandom(77), 200);
    TargetingResult expected = BudgetTargeting.select(plans, 300);

    for (long seed = 1; seed <= 3; seed++) {
      List<RetentionPlan> shuffled = new ArrayList<>(plans);
      Collections.shuffle(shuffled, new Random(seed));

      assertEquals(expected, BudgetTargeting.select(shuffled, 300));
    }
  }

  @Test
  void aLargeSelectionSortedInParallelIsTheSameWhateverTheOrder() {
    List<RetentionPlan> plans = randomPlans(new SplittableRandom(78), 60_000);
    TargetingResult expected = BudgetTargeting.select(plans, 20_000);
    List<RetentionPlan> reversed = new ArrayList<>(plans);
    Collections.reverse(reversed);

    assertEquals(expected, BudgetTargeting.select(reversed, 20_000));
    assertTrue(expected.contacts().size() > 20_000 / 40, "" + expected.contacts().size());
  }

  @Test
  void worksOnTheEnginesPlans() {
    List<RetentionPlan> plans =
        RetentionEngine.withDefaults().planAll(StrategyFixtures.randomCustomers(3_000, 13));

    TargetingResult r = BudgetTargeting.select(plans, 500);

    assertTrue(r.spent() <= 500);
    assertFalse(r.contacts().isEmpty());
    for (TargetedContact t : r.contacts()) {
      assertTrue(t.netValue() > 0);
      assertTrue(t.plan().action().saveRate() > 0, t.plan().action().code());
    }
    assertTrue(r.upperBound() >= r.expectedNetValue());
  }

  @Test
  void rejectsABadBudgetOrTheSameCustomerTwice() {
    List<RetentionPlan> none = List.of();
    assertThrows(IllegalArgumentException.class, () -> BudgetTargeting.select(none, -1));
    assertThrows(IllegalArgumentException.class, () -> BudgetTargeting.select(none, Double.NaN));
    List<RetentionPlan> twice = List.of(plan("a", 0.5, 10, 1, 0.5), plan("a", 0.5, 10, 1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> BudgetTargeting.select(twice, 10));
  }

  private static List<RetentionPlan> randomPlans(SplittableRandom random, int n) {
    List<RetentionPlan> plans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      plans.add(
          plan(
              String.format(Locale.ROOT, "c%05d", i),
              random.nextDouble(),
              random.nextDouble() * 400,
              random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(40),
              random.nextDouble() * 0.5));
    }
    return plans;
  }

  /** The best total net value over every subset within the budget. */
  private static double bruteForceOptimum(List<RetentionPlan> plans, double budget) {
    int n = plans.size();
    double best = 0.0;
    for (int mask = 0; mask < (1 << n); mask++) {
      double cost = 0;
      double value = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          cost += plans.get(i).action().cost();
          value += plans.get(i).netSavedValue();
        }
      }
      if (cost <= budget) {
        best = Math.max(best, value);
      }
    }
    return best;
  }
}
