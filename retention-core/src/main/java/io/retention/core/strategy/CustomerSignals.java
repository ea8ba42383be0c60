package io.retention.core.strategy;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.Segment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the {@link RetentionEngine} knows about one scored customer. The model scoring, the
 * segmentation, RFM, the explainer and the recommender have run before; this record only carries
 * their results.
 *
 * <p>Optional parts are never null: an unknown segment or RFM label is {@link
 * RetentionPlan#UNKNOWN}, and absent flags, drivers or titles are empty collections. Use {@link
 * #builder(CustomerId, double)} to set only what is known.
 *
 * @param customer the customer
 * @param churnProbability the predicted probability of churning in the next period (a month for
 *     {@link ClvModel.Contractual}), in [0, 1]
 * @param monthlySpend what the customer pays per month, 0 or more
 * @param tenureMonths how long the customer has been a customer, in months, 0 or more
 * @param engagement a standardised engagement score: 0 for a typical customer, positive for more
 *     engaged (for example a z-score of watch time); any finite number
 * @param segment the customer's segment name, or {@link RetentionPlan#UNKNOWN}
 * @param rfmLabel the customer's RFM label, or {@link RetentionPlan#UNKNOWN}
 * @param flags behavioural flags that hold for the customer; possibly empty
 * @param drivers the features that moved the churn prediction most (SHAP contributions), most
 *     important first, as {@link Explanation#top(int)} gives them; possibly empty
 * @param recommendedTitles titles the recommender suggests, best first; possibly empty
 */
public record CustomerSignals(
    CustomerId customer,
    double churnProbability,
    double monthlySpend,
    double tenureMonths,
    double engagement,
    String segment,
    String rfmLabel,
    Set<BehaviourFlag> flags,
    List<Contribution> drivers,
    List<String> recommendedTitles) {

  /** Checks and copies the fields. */
  public CustomerSignals {
    Objects.requireNonNull(customer, "customer");
    if (!(churnProbability >= 0.0 && churnProbability <= 1.0)) {
      throw new IllegalArgumentException(
          "churn probability of " + customer + " must lie in [0, 1], got " + churnProbability);
    }
    churnProbability += 0.0;
    monthlySpend = nonNegative(monthlySpend, "monthly spend", customer);
    tenureMonths = nonNegative(tenureMonths, "tenure", customer);
    if (!Double.isFinite(engagement)) {
      throw new IllegalArgumentException(
          "engagement of " + customer + " must be a finite number, got " + engagement);
    }
    engagement += 0.0;
    notBlank(segment, "segment");
    notBlank(rfmLabel, "RFM label");
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    drivers = List.copyOf(drivers);
    for (int i = 1; i < drivers.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (drivers.get(i).feature().equals(drivers.get(j).feature())) {
          throw new IllegalArgumentException(
              "drivers of " + customer + " name feature " + drivers.get(i).feature() + " twice");
        }
      }
    }
    recommendedTitles = List.copyOf(recommendedTitles);
    for (String title : recommendedTitles) {
      notBlank(title, "recommended title");
    }
  }

  private static double nonNegative(double value, String name, CustomerId customer) {
    if (!(Double.isFinite(value) && value >= 0.0)) {
      throw new IllegalArgumentException(
          name + " of " + customer + " must be a finite number >= 0, got " + value);
    }
    return value + 0.0;
  }

  private static void notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * Whether a flag holds.
   *
   * @param flag the flag
   * @return true if the customer has it
   */
  public boolean has(BehaviourFlag flag) {
    return flags.contains(flag);
  }

  /**
   * Starts signals for a customer; every optional part starts unknown or empty, and spend, tenure
   * and engagement start at 0.
   *
   * @param customer the customer
   * @param churnProbability the churn probability
   * @return a builder
   */
  public static Builder builder(CustomerId customer, double churnProbability) {
    return new Builder(customer, churnProbability);
  }

  /**
   * Starts signals from a churn score.
   *
   * @param score the score
   * @return a builder
   */
  public static Builder builder(ChurnScore score) {
    return new Builder(score.customer(), score.probability());
  }

  /** Builds {@link CustomerSignals} step by step; not thread-safe. */
  public static final class Builder {
    private final CustomerId customer;
    private final double churnProbability;
    private double monthlySpend;
    private double tenureMonths;
    private double engagement;
    private String segment = RetentionPlan.UNKNOWN;
    private String rfmLabel = RetentionPlan.UNKNOWN;
    private final EnumSet<BehaviourFlag> flags = EnumSet.noneOf(BehaviourFlag.class);
    private List<Contribution> drivers = List.of();
    private List<String> titles = List.of();

    private Builder(CustomerId customer, double churnProbability) {
      this.customer = Objects.requireNonNull(customer, "customer");
      this.churnProbability = churnProbability;
    }

    /**
     * Sets the monthly spend.
     *
     * @param value what the customer pays per month
     * @return this builder
     */
    public Builder monthlySpend(double value) {
      this.monthlySpend = value;
      return this;
    }

    /**
     * Sets the tenure.
     *
     * @param months months as a customer
     * @return this builder
     */
    public Builder tenureMonths(double months) {
      this.tenureMonths = months;
      return this;
    }

    /**
     * Sets the standardised engagement.
     *
     * @param value 0 for a typical customer, positive for more engaged
     * @return this builder
     */
    public Builder engagement(double value) {
      this.engagement = value;
      return this;
    }

    /**
     * Sets the segment by name.
     *
     * @param name the segment name
     * @return this builder
     */
    public Builder segment(String name) {
      this.segment = Objects.requireNonNull(name, "segment");
      return this;
    }

    /**
     * Sets the segment.
     *
     * @param value the segment
     * @return this builder
     */
    public Builder segment(Segment value) {
      return segment(value.name());
    }

    /**
     * Sets the RFM label.
     *
     * @param label the label, such as "Champions"
     * @return this builder
     */
    public Builder rfmLabel(String label) {
      this.rfmLabel = Objects.requireNonNull(label, "RFM label");
      return this;
    }

    /**
     * Sets the RFM label from a score.
     *
     * @param score the RFM score
     * @return this builder
     */
    public Builder rfm(RfmScore score) {
      return rfmLabel(score.label());
    }

    /**
     * Adds behavioural flags.
     *
     * @param more the flags that hold
     * @return this builder
     */
    public Builder flag(BehaviourFlag... more) {
      for (BehaviourFlag f : more) {
        flags.add(Objects.requireNonNull(f, "flag"));
      }
      return this;
    }

    /**
     * Sets the drivers.
     *
     * @param contributions the top contributions, most important first
     * @return this builder
     */
    public Builder drivers(List<Contribution> contributions) {
      this.drivers = List.copyOf(contributions);
      return this;
    }

    /**
     * Sets the drivers to an explanation's {@code k} largest contributions.
     *
     * @param explanation the explanation of the churn prediction
     * @param k how many drivers to keep
     * @return this builder
     */
    public Builder drivers(Explanation explanation, int k) {
      return drivers(explanation.top(k));
    }

    /**
     * Sets the recommended titles by name.
     *
     * @param names the titles, best first
     * @return this builder
     */
    public Builder recommendedTitles(List<String> names) {
      this.titles = List.copyOf(names);
      return this;
    }

    /**
     * Sets the recommended titles from recommendations.
     *
     * @param recommendations the recommendations, best first
     * @return this builder
     */
    public Builder recommendations(List<Recommendation> recommendations) {
      List<String> names = new ArrayList<>(recommendations.size());
      for (Recommendation r : recommendations) {
        names.add(r.title());
      }
      return recommendedTitles(names);
    }

    /**
     * Builds the signals.
     *
     * @return the checked signals
     * @throws IllegalArgumentException if a value is out of range
     */
    public CustomerSignals build() {
      return new CustomerSignals(
          customer,
          churnProbability,
          monthlySpend,
          tenureMonths,
          engagement,
          segment,
          rfmLabel,
          flags,
          drivers,
          titles);
    }
  }
}
