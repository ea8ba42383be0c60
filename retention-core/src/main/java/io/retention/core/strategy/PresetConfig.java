package io.retention.core.strategy;

import io.retention.core.domain.RetentionAction;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The knobs of the {@linkplain RetentionPolicy#defaultPreset(PresetConfig) default policy}: what
 * counts as high value, engaged, valuable or a price, inactivity or usage driver, and the actions
 * with their costs and save rates.
 *
 * @param highValueClv the CLV from which a customer counts as high value, 0 or more
 * @param engagedAtLeast the standardised engagement from which a safe customer counts as engaged
 * @param valuableRfmLabels RFM labels of valuable customers (for premium perks); possibly empty
 * @param driverTopK how many of a customer's drivers the driver conditions look at, at least 1
 * @param priceDrivers feature-name prefixes of price drivers, at least one
 * @param inactivityDrivers feature-name prefixes of inactivity drivers, at least one
 * @param usageDrivers feature-name prefixes of usage (engagement) drivers, at least one
 * @param outreach the action for high-value customers at high risk
 * @param downgrade the action for price-sensitive customers at risk
 * @param reengagement the action for inactive customers at risk
 * @param content the action for disengaged customers at risk who have recommended titles
 * @param perks the action for valuable customers at risk
 * @param upsell the action for safe, engaged customers
 */
public record PresetConfig(
    double highValueClv,
    double engagedAtLeast,
    Set<String> valuableRfmLabels,
    int driverTopK,
    Set<String> priceDrivers,
    Set<String> inactivityDrivers,
    Set<String> usageDrivers,
    RetentionAction outreach,
    RetentionAction downgrade,
    RetentionAction reengagement,
    RetentionAction content,
    RetentionAction perks,
    RetentionAction upsell) {

  /**
   * High value from a CLV of 300; engaged from 0.5 standard deviations above typical; valuable RFM
   * labels "Champions" and "Loyal Customers"; the top 3 drivers looked at; driver prefixes for the
   * Netflix, Telco and bank layouts; the {@link StandardActions}.
   */
  public static final PresetConfig DEFAULTS =
      new PresetConfig(
          300.0,
          0.5,
          Set.of("Champions", "Loyal Customers"),
          3,
          Set.of("monthly_fee", "MonthlyCharges", "TotalCharges", "fee", "price"),
          Set.of("last_login_days", "days_since", "recency", "IsActiveMember"),
          Set.of("watch_hours", "avg_watch_time", "usage", "engagement"),
          StandardActions.PERSONAL_OUTREACH_DISCOUNT,
          StandardActions.PLAN_DOWNGRADE_OR_DISCOUNT,
          StandardActions.REENGAGEMENT_CAMPAIGN,
          StandardActions.PERSONALIZED_CONTENT,
          StandardActions.PREMIUM_RETENTION_PERKS,
          StandardActions.UPSELL_CROSS_SELL);

  /** Checks and copies the fields. */
  public PresetConfig {
    if (!(Double.isFinite(highValueClv) && highValueClv >= 0.0)) {
      throw new IllegalArgumentException(
          "high-value CLV must be a finite number >= 0, got " + highValueClv);
    }
    if (!Double.isFinite(engagedAtLeast)) {
      throw new IllegalArgumentException(
          "engaged threshold must be a finite number, got " + engagedAtLeast);
    }
    valuableRfmLabels = Set.copyOf(valuableRfmLabels);
    if (driverTopK < 1) {
      throw new IllegalArgumentException("driver top-k must be >= 1, got " + driverTopK);
    }
    priceDrivers = prefixes(priceDrivers, "price drivers");
    inactivityDrivers = prefixes(inactivityDrivers, "inactivity drivers");
    usageDrivers = prefixes(usageDrivers, "usage drivers");
    for (RetentionAction a : List.of(outreach, downgrade, reengagement, content, perks, upsell)) {
      Objects.requireNonNull(a, "action");
    }
  }

  private static Set<String> prefixes(Set<String> values, String name) {
    Set<String> copy = Set.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(name + " must name at least one feature prefix");
    }
    return copy;
  }
}
