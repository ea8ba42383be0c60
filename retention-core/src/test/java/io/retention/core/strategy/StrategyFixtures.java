package io.retention.core.strategy;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Seeded customers for the strategy tests. */
final class StrategyFixtures {
  private StrategyFixtures() {}

  private static final String[] SEGMENTS = {"Loyal High-Value", "Casual Viewers", "New Members"};
  private static final String[] RFM = {"Champions", "At Risk", "Hibernating", "Loyal Customers"};
  private static final String[] FEATURES = {
    "monthly_fee", "last_login_days", "watch_hours", "age", "subscription_type=Basic"
  };

  /**
   * Random customers with every kind of signal, ids {@code c00000}, {@code c00001}, …; some
   * probabilities fall exactly on the default thresholds and some repeat, to exercise ties.
   */
  static List<CustomerSignals> randomCustomers(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<CustomerSignals> out = new ArrayList<>(n);
    double[] special = {0.0, 0.40, 0.75, 1.0, 0.5};
    for (int i = 0; i < n; i++) {
      double p = r.nextInt(10) == 0 ? special[r.nextInt(special.length)] : r.nextDouble();
      CustomerSignals.Builder b =
          CustomerSignals.builder(CustomerId.of(String.format(Locale.ROOT, "c%05d", i)), p)
              .monthlySpend(r.nextInt(4) == 0 ? 9.99 : 5 + r.nextDouble() * 20)
              .tenureMonths(r.nextInt(60))
              .engagement(r.nextGaussian());
      if (r.nextBoolean()) {
        b.segment(SEGMENTS[r.nextInt(SEGMENTS.length)]);
      }
      if (r.nextBoolean()) {
        b.rfmLabel(RFM[r.nextInt(RFM.length)]);
      }
      for (BehaviourFlag f : BehaviourFlag.values()) {
        if (r.nextInt(4) == 0) {
          b.flag(f);
        }
      }
      int k = r.nextInt(4);
      List<Contribution> drivers = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        drivers.add(new Contribution(FEATURES[(i + j) % FEATURES.length], j, r.nextDouble() - 0.3));
      }
      b.drivers(drivers);
      if (r.nextBoolean()) {
        b.recommendedTitles(List.of("Title " + r.nextInt(50)));
      }
      out.add(b.build());
    }
    return out;
  }
}
