package io.retention.features;

import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureDescription;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.InputAttribute;
import io.retention.core.port.out.FittedFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fitted behavioural features. Immutable and thread-safe. Besides the feature vector it gives a
 * customer's {@link BehaviouralFlags}, for retention rules.
 */
public final class FittedBehaviouralFeatures implements FittedFeatures {
  /** Days in the period that usage counts over, for the binge index. */
  private static final double DAYS_PER_PERIOD = 30.0;

  private final Optional<NumericColumn> usage;
  private final Optional<NumericColumn> daily;
  private final Optional<NumericColumn> recency;
  private final Optional<NumericColumn> spend;
  private final Optional<NumericColumn> profiles;
  private final BehaviouralConfig config;
  private final double spendFloor;
  private final double lowEngagementCut;
  private final double valueCut;
  private final double pricePerProfileMedian;
  private final FeatureSchema schema;
  private final List<FeatureDescription> descriptions;

  /** Also used by {@link FeatureSetCodec} to restore stored features. */
  FittedBehaviouralFeatures(
      Optional<NumericColumn> usage,
      Optional<NumericColumn> daily,
      Optional<NumericColumn> recency,
      Optional<NumericColumn> spend,
      Optional<NumericColumn> profiles,
      BehaviouralConfig config,
      double lowEngagementCut,
      double valueCut,
      double pricePerProfileMedian) {
    this.lowEngagementCut = lowEngagementCut;
    this.valueCut = valueCut;
    this.pricePerProfileMedian = pricePerProfileMedian;
    this.usage = usage;
    this.daily = daily;
    this.recency = recency;
    this.spend = spend;
    this.profiles = profiles;
    this.config = config;
    this.spendFloor = spend.map(s -> Math.max(1e-9, 0.01 * Math.abs(s.median()))).orElse(1.0);
    List<FeatureDescription> d = descriptions(usage, daily, recency, spend, profiles);
    this.descriptions = d;
    this.schema = new FeatureSchema(d.stream().map(FeatureDescription::name).toList());
  }

  /** What each derived feature is made of, in schema order; a feature needs its columns. */
  private static List<FeatureDescription> descriptions(
      Optional<NumericColumn> usage,
      Optional<NumericColumn> daily,
      Optional<NumericColumn> recency,
      Optional<NumericColumn> spend,
      Optional<NumericColumn> profiles) {
    List<FeatureDescription> d = new ArrayList<>();
    String engagementParts =
        String.join(
            ", ",
            List.of(
                    usage.map(c -> "F(" + c.attribute() + ")"),
                    daily.map(c -> "F(" + c.attribute() + ")"),
                    recency.map(c -> "1 - F(" + c.attribute() + ")"))
                .stream()
                .flatMap(Optional::stream)
                .toList());
    d.add(
        new FeatureDescription(
            "engagement_score",
            sources(usage, daily, recency),
            "mean of " + engagementParts + ", F = training distribution function",
            describe(usage, daily, recency)));
    daily.ifPresent(
        c ->
            d.add(
                new FeatureDescription(
                    "watch_intensity",
                    List.of(c.attribute()),
                    c.attribute() + " / training median of " + c.attribute(),
                    c.describe())));
    if (usage.isPresent() && daily.isPresent()) {
      d.add(
          new FeatureDescription(
              "binge_index",
              sources(daily, usage),
              "d / (d + u / 30) with d = "
                  + daily.get().attribute()
                  + ", u = "
                  + usage.get().attribute()
                  + "; 0 when both are 0",
              ""));
    }
    recency.ifPresent(
        c ->
            d.add(
                new FeatureDescription(
                    "inactivity_score",
                    List.of(c.attribute()),
                    "F(" + c.attribute() + "), F = training distribution function",
                    c.describe())));
    if (spend.isPresent() && (usage.isPresent() || daily.isPresent())) {
      NumericColumn u = usage.or(() -> daily).orElseThrow();
      d.add(
          new FeatureDescription(
              "value_score",
              sources(Optional.of(u), spend),
              u.attribute() + " / max(" + spend.get().attribute() + ", 1% of its training median)",
              spend.get().describe()));
    }
    if (spend.isPresent() && profiles.isPresent()) {
      d.add(
          new FeatureDescription(
              "price_per_profile",
              sources(spend, profiles),
              spend.get().attribute() + " / max(1, " + profiles.get().attribute() + ")",
              profiles.get().describe()));
    }
    return d;
  }

  @SafeVarargs
  private static List<String> sources(Optional<NumericColumn>... columns) {
    return java.util.Arrays.stream(columns)
        .flatMap(Optional::stream)
        .map(NumericColumn::attribute)
        .toList();
  }

  @SafeVarargs
  private static String describe(Optional<NumericColumn>... columns) {
    return String.join(
        "; ",
        java.util.Arrays.stream(columns)
            .flatMap(Optional::stream)
            .map(NumericColumn::describe)
            .toList());
  }

  /** The role columns in codec order: usage, daily, recency, spend, profiles. */
  List<Optional<NumericColumn>> columns() {
    return List.of(usage, daily, recency, spend, profiles);
  }

  BehaviouralConfig config() {
    return config;
  }

  double[] cuts() {
    return new double[] {lowEngagementCut, valueCut, pricePerProfileMedian};
  }

  static FittedBehaviouralFeatures fit(
      Optional<NumericColumn> usage,
      Optional<NumericColumn> daily,
      Optional<NumericColumn> recency,
      Optional<NumericColumn> spend,
      Optional<NumericColumn> profiles,
      BehaviouralConfig config,
      List<Customer> training) {
    // A provisional instance computes the per-customer scores whose percentiles place the flags.
    FittedBehaviouralFeatures f =
        new FittedBehaviouralFeatures(
            usage, daily, recency, spend, profiles, config, Double.NaN, Double.NaN, Double.NaN);
    double[] engagement = new double[training.size()];
    double[] value = new double[training.size()];
    double[] pricePerProfile = new double[training.size()];
    for (int i = 0; i < engagement.length; i++) {
      Customer c = training.get(i);
      engagement[i] = f.engagement(c);
      value[i] = f.value(c);
      pricePerProfile[i] = f.pricePerProfile(c);
    }
    return new FittedBehaviouralFeatures(
        usage,
        daily,
        recency,
        spend,
        profiles,
        config,
        Quantiles.of(engagement).at(config.lowEngagementPercentile()),
        Quantiles.of(value).at(config.priceSensitivityPercentile()),
        Quantiles.of(pricePerProfile).at(0.5));
  }

  private double engagement(Customer c) {
    double sum = 0.0;
    int parts = 0;
    if (usage.isPresent()) {
      sum += usage.get().quantiles().cdf(usage.get().valueOf(c, config.missingNumbers()));
      parts++;
    }
    if (daily.isPresent()) {
      sum += daily.get().quantiles().cdf(daily.get().valueOf(c, config.missingNumbers()));
      parts++;
    }
    if (recency.isPresent()) {
      sum += 1.0 - recency.get().quantiles().cdf(recency.get().valueOf(c, config.missingNumbers()));
      parts++;
    }
    return sum / parts;
  }

  /** Usage (or daily usage) per unit of spend; 0 when the table has neither spend nor usage. */
  private double value(Customer c) {
    Optional<NumericColumn> u = usage.or(() -> daily);
    if (spend.isEmpty() || u.isEmpty()) {
      return 0.0;
    }
    double s = spend.get().valueOf(c, config.missingNumbers());
    return u.get().valueOf(c, config.missingNumbers()) / Math.max(s, spendFloor);
  }

  /** Spend per profile; the spend itself without a profiles role, 0 without spend. */
  private double pricePerProfile(Customer c) {
    if (spend.isEmpty()) {
      return 0.0;
    }
    double s = spend.get().valueOf(c, config.missingNumbers());
    return profiles.isEmpty()
        ? s
        : s / Math.max(1.0, profiles.get().valueOf(c, config.missingNumbers()));
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public FeatureVector transform(Customer c) {
    double[] v = new double[schema.size()];
    int j = 0;
    v[j++] = engagement(c);
    if (daily.isPresent()) {
      double median = daily.get().median();
      double d = daily.get().valueOf(c, config.missingNumbers());
      v[j++] = median > 0 ? d / median : d;
    }
    if (usage.isPresent() && daily.isPresent()) {
      double d = daily.get().valueOf(c, config.missingNumbers());
      double perDay = usage.get().valueOf(c, config.missingNumbers()) / DAYS_PER_PERIOD;
      v[j++] = d + perDay > 0 ? d / (d + perDay) : 0.0;
    }
    if (recency.isPresent()) {
      v[j++] = recency.get().quantiles().cdf(recency.get().valueOf(c, config.missingNumbers()));
    }
    if (spend.isPresent() && (usage.isPresent() || daily.isPresent())) {
      v[j++] = value(c);
    }
    if (spend.isPresent() && profiles.isPresent()) {
      v[j++] = pricePerProfile(c);
    }
    return FeatureVector.of(schema, v);
  }

  /**
   * A customer's behavioural flags against the percentiles learned in fit.
   *
   * @param c the customer
   * @return the flags
   */
  public BehaviouralFlags flags(Customer c) {
    boolean lowEngagement = engagement(c) <= lowEngagementCut;
    boolean highInactivity =
        recency.isPresent()
            && recency.get().quantiles().cdf(recency.get().valueOf(c, config.missingNumbers()))
                >= config.highInactivityPercentile();
    boolean priceSensitive =
        spend.isPresent() && value(c) <= valueCut && pricePerProfile(c) >= pricePerProfileMedian;
    return new BehaviouralFlags(lowEngagement, highInactivity, priceSensitive);
  }

  @Override
  public List<InputAttribute> inputs() {
    List<InputAttribute> out = new ArrayList<>();
    for (Optional<NumericColumn> col : List.of(usage, daily, recency, spend, profiles)) {
      col.ifPresent(c -> out.add(c.input()));
    }
    return out;
  }

  @Override
  public List<FeatureDescription> describe() {
    return descriptions;
  }

  @Override
  public List<String> fitNotes() {
    return List.of(
        String.format(
            Locale.ROOT,
            "behavioural flags: low engagement at engagement_score <= %.4f, price sensitive at"
                + " value_score <= %.4f with price per profile >= %.4f",
            lowEngagementCut,
            valueCut,
            pricePerProfileMedian));
  }
}
