package io.retention.features;

import java.util.List;
import java.util.Objects;

/**
 * How {@link RfmFeatures} labels scores: ordered rules, the first that matches wins, and a fallback
 * label for scores no rule matches.
 *
 * @param rules the rules, in priority order
 * @param fallbackLabel the label when no rule matches
 * @param missingNumbers what to do when a customer lacks a recency, frequency or spend value
 */
public record RfmConfig(
    List<RfmRule> rules, String fallbackLabel, TabularFeatureConfig.MissingNumbers missingNumbers) {

  /**
   * The default rules, in order: Champions (R, F, M all ≥ 4); Loyal (R ≥ 3, F ≥ 4); Big Spender (M
   * = 5); At Risk (R ≤ 2, F ≥ 3); Hibernating (R ≤ 2, F ≤ 2); New / Low Value (R ≥ 4, F ≤ 2, M ≤
   * 2); Potential Loyalist (R ≥ 4, F 2–3); otherwise Regular. Missing values take the training
   * median.
   */
  public static final RfmConfig DEFAULTS =
      new RfmConfig(
          List.of(
              new RfmRule("Champions", 4, 5, 4, 5, 4, 5),
              new RfmRule("Loyal", 3, 5, 4, 5, 1, 5),
              new RfmRule("Big Spender", 1, 5, 1, 5, 5, 5),
              new RfmRule("At Risk", 1, 2, 3, 5, 1, 5),
              new RfmRule("Hibernating", 1, 2, 1, 2, 1, 5),
              new RfmRule("New / Low Value", 4, 5, 1, 2, 1, 2),
              new RfmRule("Potential Loyalist", 4, 5, 2, 3, 1, 5)),
          "Regular",
          TabularFeatureConfig.MissingNumbers.IMPUTE_MEDIAN);

  /** Checks and copies the rules. */
  public RfmConfig {
    rules = List.copyOf(rules);
    if (fallbackLabel == null || fallbackLabel.isBlank()) {
      throw new IllegalArgumentException("the fallback label must not be blank");
    }
    Objects.requireNonNull(missingNumbers, "missingNumbers");
  }

  /**
   * The label of a score triple.
   *
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @return the first matching rule's label, or the fallback
   */
  public String labelOf(int r, int f, int m) {
    for (RfmRule rule : rules) {
      if (rule.matches(r, f, m)) {
        return rule.label();
      }
    }
    return fallbackLabel;
  }
}
