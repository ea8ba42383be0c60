package io.retention.core.testing;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Small, seeded fixtures of customers and feature rows with a known churn signal, for the port
 * contract tests and the adapters' tests.
 */
public final class TestCustomers {
  private TestCustomers() {}

  /** A three-attribute layout: one recency, one spend, one plan. */
  public static final CustomerSchema SMALL_SCHEMA =
      new CustomerSchema(
          "small",
          List.of("days_since_login", "monthly_fee"),
          List.of("plan"),
          Map.of(
              AttributeRole.RECENCY, "days_since_login",
              AttributeRole.SPEND, "monthly_fee",
              AttributeRole.PLAN, "plan"));

  /**
   * Customers of {@link #SMALL_SCHEMA} whose churn odds rise with days since login and are higher
   * on the Basic plan; labels are drawn from those odds, so the signal is strong but not perfect.
   *
   * @param n how many customers
   * @param seed the random seed
   * @return the customers, ids {@code c0000}, {@code c0001}, …
   */
  public static List<Customer> labelled(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] plans = {"Basic", "Standard", "Premium"};
    double[] fees = {8.99, 13.99, 17.99};
    List<Customer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int plan = random.nextInt(3);
      double days = Math.floor(random.nextDouble() * 60.0);
      double logit = -2.0 + 0.08 * days + (plan == 0 ? 0.8 : 0.0);
      boolean churned = random.nextDouble() < 1.0 / (1.0 + Math.exp(-logit));
      out.add(
          Customer.builder(String.format(Locale.ROOT, "c%04d", i))
              .numeric("days_since_login", days)
              .numeric("monthly_fee", fees[plan])
              .categorical("plan", plans[plan])
              .churned(churned)
              .build());
    }
    return out;
  }

  /**
   * Labelled feature rows with two informative features and one noise feature: churn when {@code
   * 1.5·x0 − x1 + noise > 0}.
   *
   * @param n how many rows
   * @param seed the random seed
   * @return the rows, ids {@code r0000}, {@code r0001}, …
   */
  public static FeatureMatrix separableRows(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FeatureSchema schema = FeatureSchema.of("x0", "x1", "noise");
    List<CustomerId> ids = new ArrayList<>(n);
    double[][] rows = new double[n][];
    List<ChurnLabel> labels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double x0 = gaussian(random);
      double x1 = gaussian(random) * 2.0 + 5.0;
      double noise = gaussian(random);
      rows[i] = new double[] {x0, x1, noise};
      ids.add(CustomerId.of(String.format(Locale.ROOT, "r%04d", i)));
      labels.add(ChurnLabel.of(1.5 * x0 - (x1 - 5.0) + 0.5 * gaussian(random) > 0));
    }
    return new FeatureMatrix(schema, ids, rows, labels);
  }

  /**
   * A standard normal draw (Box–Muller), so fixtures need no other library.
   *
   * @param random the source
   * @return a draw from N(0, 1)
   */
  public static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }
}
