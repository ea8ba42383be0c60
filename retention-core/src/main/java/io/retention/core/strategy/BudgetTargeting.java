package io.retention.core.strategy;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses whom to contact under a total budget so as to maximise the expected saved value.
 *
 * <p>Each plan is an item of a 0/1 knapsack: its weight is the action's cost c and its value the
 * expected net saved value v = p × CLV × s − c (churn probability, lifetime value, the action's
 * save rate). Only items with v &gt; 0 and c ≤ budget are candidates; a plan with v ≤ 0 is never
 * worth contacting (so {@code MAINTAIN} and upsell, whose save rate is 0, never are).
 *
 * <p>Method: every free candidate (c = 0) is taken. The others are sorted by value density v/c,
 * highest first (ties: higher v, then customer id), and taken greedily whenever they still fit. The
 * result is then compared with the single most valuable candidate alone, and the better of the two
 * is kept. This is the classic modified greedy for the 0/1 knapsack: the greedy prefix plus the
 * first item that does not fit is worth at least the fractional optimum, which is at least the
 * integral optimum OPT, so max(greedy, best single) ≥ OPT/2 — the guaranteed worst case. In
 * practice the loss is far smaller when each contact costs little next to the budget: the greedy
 * misses OPT by at most the value of one candidate. Each result carries that fractional optimum as
 * {@link TargetingResult#upperBound()}, so the actual gap of every run is bounded and reported.
 *
 * <p>Costs O(n log n); large candidate lists are sorted in parallel. The result depends only on the
 * set of plans, not on their order or the number of threads.
 */
public final class BudgetTargeting {

  /** Highest density first, then highest net value, then customer id. */
  private static final Comparator<TargetedContact> BY_RETURN =
      Comparator.comparingDouble(TargetedContact::returnOnSpend)
          .reversed()
          .thenComparing(Comparator.comparingDouble(TargetedContact::netValue).reversed())
          .thenComparing(t -> t.plan().customer());

  /** From this many candidates on, sorting runs in parallel; the order is total, so the same. */
  private static final int PARALLEL_SORT_FROM = 20_000;

  private BudgetTargeting() {}

  private static void sort(List<TargetedContact> contacts) {
    if (contacts.size() < PARALLEL_SORT_FROM) {
      contacts.sort(BY_RETURN);
      return;
    }
    TargetedContact[] array = contacts.toArray(new TargetedContact[0]);
    Arrays.parallelSort(array, BY_RETURN);
    contacts.clear();
    contacts.addAll(Arrays.asList(array));
  }

  /**
   * Selects the customers to contact.
   *
   * @param plans the plans, with distinct customers, in any order
   * @param budget the total budget, finite and 0 or more
   * @return the contacts, with totals and an upper bound on the optimum
   * @throws IllegalArgumentException if the budget is negative or not finite, or two plans share a
   *     customer
   */
  public static TargetingResult select(List<RetentionPlan> plans, double budget) {
    if (!(Double.isFinite(budget) && budget >= 0.0)) {
      throw new IllegalArgumentException("budget must be a finite number >= 0, got " + budget);
    }
    Set<CustomerId> seen = new HashSet<>();
    List<TargetedContact> free = new ArrayList<>();
    List<TargetedContact> paid = new ArrayList<>();
    for (RetentionPlan p : plans) {
      if (!seen.add(p.customer())) {
        throw new IllegalArgumentException("customer " + p.customer() + " has more than one plan");
      }
      if (p.netSavedValue() > 0.0 && p.action().cost() <= budget) {
        TargetedContact t = TargetedContact.of(p);
        (t.cost() == 0.0 ? free : paid).add(t);
      }
    }
    sort(paid);
    sort(free);

    double freeValue = 0.0;
    for (TargetedContact t : free) {
      freeValue += t.netValue();
    }

    List<TargetedContact> greedy = new ArrayList<>();
    double spent = 0.0;
    double greedyValue = 0.0;
    double upper = 0.0;
    boolean fractionTaken = false;
    TargetedContact best = null;
    for (TargetedContact t : paid) {
      if (spent + t.cost() <= budget) {
        greedy.add(t);
        spent += t.cost();
        greedyValue += t.netValue();
        if (!fractionTaken) {
          upper += t.netValue();
        }
      } else if (!fractionTaken) {
        // the fractional optimum: the greedy prefix plus the part of this item that fits
        upper += t.netValue() * (budget - spent) / t.cost();
        fractionTaken = true;
      }
      if (best == null || t.netValue() > best.netValue()) {
        best = t; // ties keep the earlier one in BY_RETURN order, so the choice is deterministic
      }
    }

    boolean single = best != null && best.netValue() > greedyValue;
    List<TargetedContact> chosen = new ArrayList<>(free);
    if (single) {
      chosen.add(best);
    } else {
      chosen.addAll(greedy);
    }
    sort(chosen);
    double totalSpent = 0.0;
    double totalValue = 0.0;
    for (TargetedContact t : chosen) {
      totalSpent += t.cost();
      totalValue += t.netValue();
    }
    return new TargetingResult(
        chosen, budget, totalSpent, totalValue, Math.max(freeValue + upper, totalValue), single);
  }
}
