package io.retention.features;

import io.retention.core.domain.CustomerId;
import java.util.Objects;

/**
 * One customer's activity up to a snapshot, as counted by {@link ActivityAggregator}. Days are UTC
 * calendar days; windows are half-open on the left: the recent window is (snapshot − w days,
 * snapshot], the previous one (snapshot − 2w days, snapshot − w days].
 *
 * @param customer the customer
 * @param transactions counted events up to the snapshot
 * @param totalSpend money spent up to the snapshot
 * @param tenureDays days from the first counted event to the snapshot
 * @param recencyDays days from the last counted event to the snapshot
 * @param daysActive distinct days with a counted event
 * @param meanGapDays mean gap between consecutive active days, 0 with one active day
 * @param maxGapDays largest gap between consecutive active days, 0 with one active day
 * @param recentCount counted events in the recent window
 * @param recentSpend spend in the recent window
 * @param previousCount counted events in the window before
 * @param previousSpend spend in the window before
 */
public record ActivitySummary(
    CustomerId customer,
    long transactions,
    double totalSpend,
    long tenureDays,
    long recencyDays,
    long daysActive,
    double meanGapDays,
    long maxGapDays,
    long recentCount,
    double recentSpend,
    long previousCount,
    double previousSpend) {

  /** Checks the fields. */
  public ActivitySummary {
    Objects.requireNonNull(customer, "customer");
    if (transactions < 1 || daysActive < 1 || daysActive > transactions) {
      throw new IllegalArgumentException(
          "a summary needs at least one transaction on at least one day, got "
              + transactions
              + " on "
              + daysActive);
    }
  }

  /**
   * Spend per month of tenure, a partial first month counting as a whole one.
   *
   * @return the monthly spend
   */
  public double monthlySpend() {
    return totalSpend / Math.max(1.0, tenureDays / ActivityWindowConfig.DAYS_PER_MONTH);
  }

  /**
   * Average spend per transaction.
   *
   * @return the average order value
   */
  public double averageOrderValue() {
    return totalSpend / transactions;
  }

  /**
   * The change of activity between the two windows: (recent − previous) / (recent + previous), from
   * −1 (stopped) to +1 (started); 0 when both windows are empty.
   *
   * @return the trend
   */
  public double trend() {
    long sum = recentCount + previousCount;
    return sum == 0 ? 0.0 : (recentCount - previousCount) / (double) sum;
  }
}
