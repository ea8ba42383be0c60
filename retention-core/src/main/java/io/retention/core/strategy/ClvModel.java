package io.retention.core.strategy;

/**
 * How a customer's lifetime value (CLV) is estimated from its {@link CustomerSignals}. Two models
 * are offered; pick one in {@link StrategyConfig}. Both are pure functions, immutable and safe to
 * share between threads.
 *
 * <ul>
 *   <li>{@link Proxy}: value already shown, adjusted for engagement — monthly spend × (tenure + 1)
 *       × (1 + w·tanh(engagement)). It needs no churn model and does not depend on the churn
 *       probability, so expected loss = p × CLV is linear in p.
 *   <li>{@link Contractual}: the expected discounted value of the payments still to come in a
 *       contractual (subscription) setting — m·(1+d)/(1+d−r) with retention r = 1 − p.
 * </ul>
 */
public sealed interface ClvModel permits ClvModel.Proxy, ClvModel.Contractual {

  /**
   * The customer's lifetime value.
   *
   * @param customer the customer's signals
   * @return the CLV, finite and 0 or more, in the currency of spend
   */
  double clv(CustomerSignals customer);

  /**
   * A short description for reports, such as {@code proxy(w=0.3)}.
   *
   * @return the description
   */
  String description();

  /**
   * The simple proxy: monthly spend × (tenure + 1) × (1 + w·tanh(engagement)).
   *
   * <p>Tenure is in months, so (tenure + 1) counts the months paid including the current one; tanh
   * keeps the engagement adjustment within ±w whatever the engagement scale, and with w &lt; 1 the
   * value stays positive.
   *
   * @param engagementWeight w, the largest relative adjustment for engagement, in [0, 1)
   */
  record Proxy(double engagementWeight) implements ClvModel {

    /** The weight 0.3 named in the method's description. */
    public static final Proxy DEFAULTS = new Proxy(0.3);

    /** Checks the weight. */
    public Proxy {
      if (!(engagementWeight >= 0.0 && engagementWeight < 1.0)) {
        throw new IllegalArgumentException(
            "engagement weight must lie in [0, 1), got " + engagementWeight);
      }
    }

    @Override
    public double clv(CustomerSignals customer) {
      return customer.monthlySpend()
          * (customer.tenureMonths() + 1.0)
          * (1.0 + engagementWeight * Math.tanh(customer.engagement()));
    }

    @Override
    public String description() {
      return "proxy(w=" + engagementWeight + ")";
    }
  }

  /**
   * The contractual estimate: the expected present value of the customer's remaining payments,
   * m·(1+d)/(1+d−r), where m is the monthly spend, r = 1 − p the probability of staying another
   * month and d the monthly discount rate.
   *
   * <p>Assumptions, all per month: the customer pays m at the start of each month it is still a
   * customer, the current month included (hence the factor 1 + d); it stays each further month with
   * the same probability r, so the churn probability p must be a one-month probability (convert a
   * probability over h months with p₁ = 1 − (1 − p_h)^(1/h) first); payments are discounted by 1/(1
   * + d) per month. The sum Σₜ m·(r/(1+d))ᵗ then equals m·(1+d)/(1+d−r), which is finite for every
   * p because d &gt; 0: a customer with p = 0 is worth m·(1+d)/d, one with p = 1 exactly m. Tenure
   * and engagement are not used.
   *
   * @param monthlyDiscountRate d, greater than 0 (0.01 per month is about 12.7% a year)
   */
  record Contractual(double monthlyDiscountRate) implements ClvModel {

    /** A monthly discount rate of 1%. */
    public static final Contractual DEFAULTS = new Contractual(0.01);

    /** Checks the rate. */
    public Contractual {
      if (!(monthlyDiscountRate > 0.0 && monthlyDiscountRate <= 1.0)) {
        throw new IllegalArgumentException(
            "monthly discount rate must lie in (0, 1], got " + monthlyDiscountRate);
      }
    }

    @Override
    public double clv(CustomerSignals customer) {
      double retention = 1.0 - customer.churnProbability();
      double d = monthlyDiscountRate;
      return customer.monthlySpend() * (1.0 + d) / (1.0 + d - retention);
    }

    @Override
    public String description() {
      return "contractual(d=" + monthlyDiscountRate + "/month)";
    }
  }
}
