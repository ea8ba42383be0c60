package io.retention.core.strategy;

import java.util.List;

/**
 * Whom to contact under a budget, and what it is expected to bring.
 *
 * @param contacts the customers to contact, highest return on spend first, then highest net value,
 *     then customer id
 * @param budget the budget given
 * @param spent the total cost of the contacts, at most the budget
 * @param expectedNetValue the total net value of the contacts (Σ p × CLV × save rate − cost)
 * @param upperBound an upper bound on the best total net value any choice within the budget can
 *     reach (the fractional-knapsack optimum); the optimum lies in [expectedNetValue, upperBound]
 * @param bestSingleChosen true when the single most valuable contact beat the greedy selection
 */
public record TargetingResult(
    List<TargetedContact> contacts,
    double budget,
    double spent,
    double expectedNetValue,
    double upperBound,
    boolean bestSingleChosen) {

  /** Copies the contacts. */
  public TargetingResult {
    contacts = List.copyOf(contacts);
  }

  /**
   * How much better than this selection the optimum can at most be.
   *
   * @return upperBound − expectedNetValue, 0 or more
   */
  public double optimalityGapBound() {
    return Math.max(0.0, upperBound - expectedNetValue);
  }
}
