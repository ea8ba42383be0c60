package io.retention.core.strategy;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns scored customers into a ranked retention list: for each customer the risk bucket, the
 * lifetime value, the expected loss, the priority and the action its {@link RetentionPolicy}
 * chooses, with the rule and drivers behind it.
 *
 * <p>Each plan depends only on its own customer, and the ranking (priority, highest first, then
 * customer id) is a total order over distinct customers, so the result is the same whatever the
 * input order and however many threads run. From {@link StrategyConfig#parallelThreshold()}
 * customers on, planning and sorting use parallel streams on the common fork-join pool.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class RetentionEngine {
  private final StrategyConfig config;
  private final RetentionPolicy policy;

  /**
   * Creates an engine.
   *
   * @param config thresholds, CLV model and priority settings
   * @param policy the rules that choose actions
   */
  @Inject
  public RetentionEngine(StrategyConfig config, RetentionPolicy policy) {
    this.config = Objects.requireNonNull(config, "config");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * An engine with {@link StrategyConfig#DEFAULTS} and the {@linkplain
   * RetentionPolicy#defaultPreset() default policy}.
   *
   * @return the engine
   */
  public static RetentionEngine withDefaults() {
    return new RetentionEngine(StrategyConfig.DEFAULTS, RetentionPolicy.defaultPreset());
  }

  /**
   * The configuration.
   *
   * @return the configuration
   */
  public StrategyConfig config() {
    return config;
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public RetentionPolicy policy() {
    return policy;
  }

  /**
   * Assesses one customer: risk bucket and lifetime value.
   *
   * @param customer the customer's signals
   * @return the assessment the policy's conditions see
   * @throws IllegalArgumentException if the CLV model gives no finite value (inputs so large that
   *     the value overflows)
   */
  public Assessment assess(CustomerSignals customer) {
    RiskBucket risk = config.thresholds().bucketOf(customer.churnProbability());
    return new Assessment(customer, risk, config.clvModel().clv(customer));
  }

  /**
   * Plans one customer.
   *
   * @param customer the customer's signals
   * @return the plan
   */
  public RetentionPlan plan(CustomerSignals customer) {
    Assessment a = assess(customer);
    Rule rule = policy.decide(a);
    double p = customer.churnProbability();
    double clv = a.clv();
    return new RetentionPlan(
        customer.customer(),
        p,
        a.risk(),
        clv,
        p * clv,
        config.priority(p, clv),
        customer.segment(),
        customer.rfmLabel(),
        rule.action(),
        rule.name(),
        rule.matchedDrivers(a),
        topDriverNames(customer.drivers()),
        customer.recommendedTitles());
  }

  private List<String> topDriverNames(List<Contribution> drivers) {
    int n = Math.min(config.driversKept(), drivers.size());
    if (n == 0) {
      return List.of();
    }
    // immutable lists, so the plan keeps them without another copy
    if (n == 1) {
      return List.of(drivers.get(0).feature());
    }
    if (n == 2) {
      return List.of(drivers.get(0).feature(), drivers.get(1).feature());
    }
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = drivers.get(i).feature();
    }
    return List.of(names);
  }

  /**
   * Plans every customer and ranks the plans, highest priority first, equal priorities in
   * customer-id order.
   *
   * @param customers the customers, with distinct identifiers, in any order; possibly empty
   * @return the ranked plans, one per customer
   * @throws IllegalArgumentException if two customers share an identifier
   */
  public List<RetentionPlan> planAll(List<CustomerSignals> customers) {
    requireDistinct(customers);
    boolean parallel = customers.size() >= config.parallelThreshold();
    Stream<CustomerSignals> stream = parallel ? customers.parallelStream() : customers.stream();
    return stream.map(this::plan).sorted(RetentionPlan.HIGHEST_PRIORITY_FIRST).toList();
  }

  static void requireDistinct(List<CustomerSignals> customers) {
    Set<CustomerId> seen = new HashSet<>(Math.max(16, (int) (customers.size() / 0.75f) + 1));
    for (CustomerSignals c : customers) {
      if (!seen.add(c.customer())) {
        throw new IllegalArgumentException(
            "customer " + c.customer() + " appears more than once; plans need distinct customers");
      }
    }
  }
}
