package io.retention.core.segmentation;

import io.retention.core.domain.FeatureMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How one segment stands against the whole population on the axes of {@link SegmentNamer}, in the
 * units of its profile, with the words it earns and the rule text that says why.
 *
 * @param value the value axis: the mean relative difference of the spend features, NaN without any
 * @param activity the activity axis: the mean relative difference of the engagement features and of
 *     the recency features counted against, NaN without any
 * @param tenure the tenure axis, NaN without a tenure feature
 * @param churn the segment's churn rate, NaN when it or the population has no label
 * @param valueLevel where the value axis lies against the value margin
 * @param activityLevel where the activity axis lies against the activity margin
 * @param risk the risk word the segment earns
 * @param rule the rule text: every axis with its evidence, separated by "; "
 */
record SegmentStanding(
    double value,
    double activity,
    double tenure,
    double churn,
    Level valueLevel,
    Level activityLevel,
    Risk risk,
    String rule) {

  /**
   * The most one feature's relative difference counts for in an axis (±100%), so that one feature
   * far above its mean cannot outweigh the others of its axis.
   */
  static final double FEATURE_DIFFERENCE_CAP = 1.0;

  /** Where an axis lies: beyond the margin above or below 0, within it, or not measured. */
  enum Level {
    ABOVE,
    ABOUT,
    BELOW,
    NONE
  }

  /** The risk word a segment earns, if any. */
  enum Risk {
    LOYAL,
    AT_RISK,
    NONE
  }

  /** Checks the parts that must be present. */
  SegmentStanding {
    Objects.requireNonNull(valueLevel, "valueLevel");
    Objects.requireNonNull(activityLevel, "activityLevel");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * The base name: [loyal] [engaged | low engagement] (high value | low spend | customers) [at
   * risk], the words of the config.
   *
   * @param words the words
   * @return the name, without qualifier
   */
  String baseName(SegmentNamingConfig words) {
    List<String> parts = new ArrayList<>();
    if (risk == Risk.LOYAL) {
      parts.add(words.loyal());
    }
    if (activityLevel == Level.ABOVE) {
      parts.add(words.engaged());
    } else if (activityLevel == Level.BELOW) {
      parts.add(words.lowEngagement());
    }
    parts.add(
        switch (valueLevel) {
          case ABOVE -> words.highValue();
          case BELOW -> words.lowSpend();
          case ABOUT, NONE -> words.customers();
        });
    if (risk == Risk.AT_RISK) {
      parts.add(words.atRisk());
    }
    return String.join(" ", parts);
  }

  /**
   * The population the segments are measured against: the mean of every feature over all rows and
   * the churn rate over all labelled rows. Immutable.
   */
  static final class Population {
    private final SegmentNamingConfig config;
    private final SegmentFeatureRoles roles;
    private final Map<String, Double> means = new LinkedHashMap<>();
    private final double churn;

    /**
     * Measures the population.
     *
     * @param config the words and margins
     * @param roles which features make which axis
     * @param data every row that was segmented
     * @param profiles the segments' profiles, whose labelled and churned counts add up to the
     *     population's
     */
    Population(
        SegmentNamingConfig config,
        SegmentFeatureRoles roles,
        FeatureMatrix data,
        List<SegmentProfile> profiles) {
      this.config = Objects.requireNonNull(config, "config");
      this.roles = Objects.requireNonNull(roles, "roles");
      for (int j = 0; j < data.schema().size(); j++) {
        double sum = 0.0;
        for (double v : data.column(j)) {
          sum += v;
        }
        means.put(data.schema().names().get(j), data.size() == 0 ? 0.0 : sum / data.size());
      }
      long labelled = 0;
      long churned = 0;
      for (SegmentProfile p : profiles) {
        labelled += p.labelled();
        churned += p.churned();
      }
      churn = labelled == 0 ? Double.NaN : (double) churned / labelled;
    }

    /**
     * The population's churn rate.
     *
     * @return the rate, NaN when no row is labelled
     */
    double churn() {
      return churn;
    }

    /**
     * One segment's standing.
     *
     * @param p the segment's profile
     * @return the standing, with its rule text
     */
    SegmentStanding measure(SegmentProfile p) {
      Axis value = axis(p, "spend", roles.spend(), List.of());
      Axis activity = axis(p, "activity", roles.engagement(), roles.recency());
      Axis tenure = axis(p, "tenure", roles.tenure(), List.of());
      Level valueLevel = level(value.score(), config.valueMargin());
      Level activityLevel = level(activity.score(), config.activityMargin());
      double rate =
          Double.isNaN(churn) || p.churnRate().isEmpty() ? Double.NaN : p.churnRate().getAsDouble();
      List<String> rule = new ArrayList<>();
      switch (valueLevel) {
        case ABOVE -> rule.add(config.highValue() + ": " + value.evidence());
        case BELOW -> rule.add(config.lowSpend() + ": " + value.evidence());
        case ABOUT ->
            rule.add("spend about average: " + value.evidence() + within(config.valueMargin()));
        case NONE -> rule.add("no spend feature");
      }
      switch (activityLevel) {
        case ABOVE -> rule.add(config.engaged() + ": " + activity.evidence());
        case BELOW -> rule.add(config.lowEngagement() + ": " + activity.evidence());
        case ABOUT ->
            rule.add(
                "activity about average: " + activity.evidence() + within(config.activityMargin()));
        case NONE -> {}
      }
      Risk risk;
      if (Double.isNaN(rate)) {
        risk = activityLevel == Level.BELOW ? Risk.AT_RISK : Risk.NONE;
        rule.add(
            risk == Risk.AT_RISK
                ? config.atRisk() + ": no churn labels, and activity below the population's"
                : "no churn labels");
      } else {
        String evidence = "churn " + rate(rate) + " vs " + rate(churn) + " overall";
        if (rate > churn * (1.0 + config.churnMargin())) {
          risk = Risk.AT_RISK;
          rule.add(config.atRisk() + ": " + evidence);
        } else if (rate <= churn * (1.0 - config.churnMargin())) {
          risk = Risk.LOYAL;
          rule.add(config.loyal() + ": " + evidence);
        } else {
          risk = Risk.NONE;
          rule.add("churn about average: " + evidence + within(config.churnMargin()));
        }
      }
      return new SegmentStanding(
          value.score(),
          activity.score(),
          tenure.score(),
          rate,
          valueLevel,
          activityLevel,
          risk,
          String.join("; ", rule));
    }

    /** An axis's score and the evidence for it. */
    private record Axis(double score, String evidence) {}

    /**
     * The mean of the capped relative differences of the features for (added) and against
     * (subtracted); NaN without features.
     */
    private Axis axis(SegmentProfile p, String label, List<String> up, List<String> down) {
      List<String> parts = new ArrayList<>();
      double total = 0.0;
      boolean capped = false;
      List<List<String>> sides = List.of(up, down);
      for (int side = 0; side < sides.size(); side++) {
        double sign = side == 0 ? 1.0 : -1.0;
        for (String f : sides.get(side)) {
          double segment = p.mean(f);
          double overall = population(f);
          double d = relative(segment, overall);
          capped |= Math.abs(d) > FEATURE_DIFFERENCE_CAP;
          total += sign * Math.max(-FEATURE_DIFFERENCE_CAP, Math.min(FEATURE_DIFFERENCE_CAP, d));
          parts.add(
              f
                  + " "
                  + number(segment)
                  + " vs "
                  + number(overall)
                  + " overall ("
                  + percent(d)
                  + (sign < 0 ? ", more is less active)" : ")"));
        }
      }
      int n = up.size() + down.size();
      if (n == 0) {
        return new Axis(Double.NaN, "");
      }
      double score = total / n;
      return new Axis(
          score,
          n == 1 && down.isEmpty()
              ? parts.get(0)
              : label
                  + " "
                  + percent(score)
                  + (capped ? " (each feature counting at most ±100%)" : "")
                  + " from "
                  + String.join(", ", parts));
    }

    private double population(String feature) {
      Double mean = means.get(feature);
      if (mean == null) {
        throw new IllegalArgumentException("no feature '" + feature + "' in " + means.keySet());
      }
      return mean;
    }
  }

  /**
   * The relative difference of a segment's mean from the population's, 0 when the population's is
   * 0.
   *
   * @param segment the segment's mean
   * @param overall the population's mean
   * @return (segment − overall) / |overall|
   */
  static double relative(double segment, double overall) {
    return overall == 0.0 ? 0.0 : (segment - overall) / Math.abs(overall);
  }

  private static Level level(double score, double margin) {
    if (Double.isNaN(score)) {
      return Level.NONE;
    }
    return score > margin ? Level.ABOVE : score < -margin ? Level.BELOW : Level.ABOUT;
  }

  private static String within(double margin) {
    return ", within ±" + Math.round(100.0 * margin) + "%";
  }

  /**
   * A mean for reading: two decimals below 10, one below 1,000, none above.
   *
   * @param v the number
   * @return the text
   */
  static String number(double v) {
    double a = Math.abs(v);
    return String.format(Locale.ROOT, a < 10 ? "%.2f" : a < 1000 ? "%.1f" : "%.0f", v);
  }

  /**
   * A relative difference as a signed whole percentage, such as {@code +17%}.
   *
   * @param d the difference (0.17 for 17%)
   * @return the text
   */
  static String percent(double d) {
    return String.format(Locale.ROOT, "%+d%%", Math.round(100.0 * d));
  }

  /**
   * A rate as a percentage with one decimal, such as {@code 49.2%}.
   *
   * @param r the rate in [0, 1]
   * @return the text
   */
  static String rate(double r) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * r);
  }
}
