package io.retention.core.strategy;

import io.retention.core.domain.RiskBucket;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One test in a {@link Rule}: the small vocabulary policies are written in. Conditions are data
 * (immutable records), so a policy can be built from configuration, printed and compared; they are
 * safe to share between threads.
 *
 * <p>The vocabulary: the risk bucket ({@link RiskIn}), the segment ({@link SegmentIn}), the RFM
 * label ({@link RfmLabelIn}), a behavioural flag ({@link HasFlag}), a top churn driver ({@link
 * DriverAmong}), the lifetime value ({@link ClvAtLeast}), engagement ({@link EngagementAtLeast}),
 * the presence of recommended titles ({@link HasRecommendedTitles}), and the combinators {@link
 * AnyOf} and {@link Not}. A rule's own list of conditions is a conjunction.
 */
public sealed interface Condition
    permits Condition.RiskIn,
        Condition.SegmentIn,
        Condition.RfmLabelIn,
        Condition.HasFlag,
        Condition.DriverAmong,
        Condition.ClvAtLeast,
        Condition.EngagementAtLeast,
        Condition.HasRecommendedTitles,
        Condition.AnyOf,
        Condition.Not {

  /**
   * Whether the condition holds for a customer.
   *
   * @param customer the assessed customer
   * @return true if it holds
   */
  boolean test(Assessment customer);

  /**
   * The customer's drivers that make this condition hold, most important first; empty for
   * conditions that do not look at drivers or do not hold.
   *
   * @param customer the assessed customer
   * @return the names of the matching drivers
   */
  default List<String> matchedDrivers(Assessment customer) {
    return List.of();
  }

  /**
   * The condition in words, such as {@code risk in [HIGH]}.
   *
   * @return the description
   */
  String describe();

  /**
   * Risk is one of the given buckets.
   *
   * @param buckets the buckets, at least one
   * @return the condition
   */
  static Condition risk(RiskBucket... buckets) {
    return new RiskIn(Set.of(buckets));
  }

  /**
   * The segment name is one of the given names.
   *
   * @param names the segment names, at least one
   * @return the condition
   */
  static Condition segment(String... names) {
    return new SegmentIn(Set.of(names));
  }

  /**
   * The RFM label is one of the given labels.
   *
   * @param labels the labels, at least one
   * @return the condition
   */
  static Condition rfmLabel(String... labels) {
    return new RfmLabelIn(Set.of(labels));
  }

  /**
   * The customer has a behavioural flag.
   *
   * @param flag the flag
   * @return the condition
   */
  static Condition flag(BehaviourFlag flag) {
    return new HasFlag(flag);
  }

  /**
   * One of the customer's first {@code topK} drivers raises churn risk and is a feature whose name
   * starts with one of the prefixes.
   *
   * @param topK how many of the customer's drivers to look at
   * @param prefixes feature-name prefixes, at least one
   * @return the condition
   */
  static Condition driver(int topK, String... prefixes) {
    return new DriverAmong(List.of(prefixes), topK);
  }

  /**
   * Lifetime value is at least a minimum.
   *
   * @param minimum the minimum CLV
   * @return the condition
   */
  static Condition clvAtLeast(double minimum) {
    return new ClvAtLeast(minimum);
  }

  /**
   * Engagement is at least a minimum.
   *
   * @param minimum the minimum standardised engagement
   * @return the condition
   */
  static Condition engagementAtLeast(double minimum) {
    return new EngagementAtLeast(minimum);
  }

  /**
   * The recommender suggested at least one title.
   *
   * @return the condition
   */
  static Condition hasRecommendedTitles() {
    return new HasRecommendedTitles();
  }

  /**
   * At least one of the conditions holds.
   *
   * @param conditions the alternatives, at least one
   * @return the condition
   */
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(Arrays.asList(conditions));
  }

  /**
   * The condition does not hold.
   *
   * @param condition the negated condition
   * @return the condition
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /**
   * Risk is one of the buckets.
   *
   * @param buckets the buckets, at least one
   */
  record RiskIn(Set<RiskBucket> buckets) implements Condition {
    /** Checks and copies the buckets. */
    public RiskIn {
      buckets = Set.copyOf(EnumSet.copyOf(nonEmpty(buckets, "risk buckets")));
    }

    @Override
    public boolean test(Assessment customer) {
      return buckets.contains(customer.risk());
    }

    @Override
    public String describe() {
      return "risk in " + new TreeSet<>(buckets);
    }
  }

  /**
   * The segment name is one of the names.
   *
   * @param names the segment names, at least one
   */
  record SegmentIn(Set<String> names) implements Condition {
    /** Checks and copies the names. */
    public SegmentIn {
      names = Set.copyOf(nonEmpty(names, "segment names"));
    }

    @Override
    public boolean test(Assessment customer) {
      return names.contains(customer.customer().segment());
    }

    @Override
    public String describe() {
      return "segment in " + new TreeSet<>(names);
    }
  }

  /**
   * The RFM label is one of the labels.
   *
   * @param labels the labels, at least one
   */
  record RfmLabelIn(Set<String> labels) implements Condition {
    /** Checks and copies the labels. */
    public RfmLabelIn {
      labels = Set.copyOf(nonEmpty(labels, "RFM labels"));
    }

    @Override
    public boolean test(Assessment customer) {
      return labels.contains(customer.customer().rfmLabel());
    }

    @Override
    public String describe() {
      return "RFM label in " + new TreeSet<>(labels);
    }
  }

  /**
   * The customer has the flag.
   *
   * @param flag the flag
   */
  record HasFlag(BehaviourFlag flag) implements Condition {
    /** Checks the flag. */
    public HasFlag {
      Objects.requireNonNull(flag, "flag");
    }

    @Override
    public boolean test(Assessment customer) {
      return customer.customer().has(flag);
    }

    @Override
    public String describe() {
      return "flag " + flag;
    }
  }

  /**
   * One of the customer's first {@code topK} drivers has a positive contribution (it raises churn
   * risk) and a feature name that starts with one of the prefixes; a prefix such as {@code plan}
   * matches one-hot features such as {@code plan=Basic}.
   *
   * @param prefixes feature-name prefixes, at least one, none blank; kept sorted and without
   *     repeats, so that equal conditions compare equal
   * @param topK how many of the customer's drivers to look at, at least 1
   */
  record DriverAmong(List<String> prefixes, int topK) implements Condition {
    /** Checks, sorts and copies the fields. */
    public DriverAmong {
      prefixes = List.copyOf(new TreeSet<>(prefixes));
      if (prefixes.isEmpty()) {
        throw new IllegalArgumentException("driver prefixes must not be empty");
      }
      for (String p : prefixes) {
        if (p.isBlank()) {
          throw new IllegalArgumentException("driver prefixes must not be blank");
        }
      }
      if (topK < 1) {
        throw new IllegalArgumentException("topK must be >= 1, got " + topK);
      }
    }

    @Override
    public boolean test(Assessment customer) {
      return DriverMatching.any(prefixes, topK, customer);
    }

    @Override
    public List<String> matchedDrivers(Assessment customer) {
      return DriverMatching.matching(prefixes, topK, customer);
    }

    @Override
    public String describe() {
      return "a top-" + topK + " churn driver starts with one of " + prefixes;
    }
  }

  /**
   * Lifetime value is at least a minimum.
   *
   * @param minimum the minimum CLV, finite and 0 or more
   */
  record ClvAtLeast(double minimum) implements Condition {
    /** Checks the minimum. */
    public ClvAtLeast {
      if (!(Double.isFinite(minimum) && minimum >= 0.0)) {
        throw new IllegalArgumentException(
            "minimum CLV must be a finite number >= 0, got " + minimum);
      }
    }

    @Override
    public boolean test(Assessment customer) {
      return customer.clv() >= minimum;
    }

    @Override
    public String describe() {
      return "CLV >= " + minimum;
    }
  }

  /**
   * Standardised engagement is at least a minimum.
   *
   * @param minimum the minimum, finite
   */
  record EngagementAtLeast(double minimum) implements Condition {
    /** Checks the minimum. */
    public EngagementAtLeast {
      if (!Double.isFinite(minimum)) {
        throw new IllegalArgumentException(
            "minimum engagement must be a finite number, got " + minimum);
      }
    }

    @Override
    public boolean test(Assessment customer) {
      return customer.customer().engagement() >= minimum;
    }

    @Override
    public String describe() {
      return "engagement >= " + minimum;
    }
  }

  /** The recommender suggested at least one title. */
  record HasRecommendedTitles() implements Condition {
    @Override
    public boolean test(Assessment customer) {
      return !customer.customer().recommendedTitles().isEmpty();
    }

    @Override
    public String describe() {
      return "has recommended titles";
    }
  }

  /**
   * At least one alternative holds.
   *
   * @param alternatives the alternatives, at least one
   */
  record AnyOf(List<Condition> alternatives) implements Condition {
    /** Checks and copies the alternatives. */
    public AnyOf {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("anyOf needs at least one alternative");
      }
    }

    @Override
    public boolean test(Assessment customer) {
      for (int i = 0; i < alternatives.size(); i++) { // indexed: no iterator on the hot path
        if (alternatives.get(i).test(customer)) {
          return true;
        }
      }
      return false;
    }

    /** The drivers of every alternative that holds, without repeats, in order. */
    @Override
    public List<String> matchedDrivers(Assessment customer) {
      return DriverMatching.ofAlternatives(alternatives, customer);
    }

    @Override
    public String describe() {
      StringBuilder sb = new StringBuilder("any of (");
      for (int i = 0; i < alternatives.size(); i++) {
        sb.append(i == 0 ? "" : "; ").append(alternatives.get(i).describe());
      }
      return sb.append(')').toString();
    }
  }

  /**
   * The negated condition does not hold.
   *
   * @param negated the condition
   */
  record Not(Condition negated) implements Condition {
    /** Checks the condition. */
    public Not {
      Objects.requireNonNull(negated, "negated");
    }

    @Override
    public boolean test(Assessment customer) {
      return !negated.test(customer);
    }

    @Override
    public String describe() {
      return "not (" + negated.describe() + ")";
    }
  }

  /**
   * Driver names in the customer's driver order.
   *
   * @param names the names to order
   * @param customer the customer whose drivers give the order
   * @return the names that are among the customer's drivers, most important first
   */
  static List<String> inDriverOrder(Set<String> names, Assessment customer) {
    return DriverMatching.inDriverOrder(names, customer);
  }

  private static <T> Set<T> nonEmpty(Set<T> values, String name) {
    Objects.requireNonNull(values, name);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return values;
  }
}
