package io.retention.core.strategy;

import static io.retention.core.domain.RiskBucket.HIGH;
import static io.retention.core.domain.RiskBucket.LOW;
import static io.retention.core.domain.RiskBucket.MEDIUM;
import static io.retention.core.strategy.BehaviourFlag.HIGH_INACTIVITY;
import static io.retention.core.strategy.BehaviourFlag.LOW_ENGAGEMENT;
import static io.retention.core.strategy.BehaviourFlag.PRICE_SENSITIVE;

import io.retention.core.domain.RetentionAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of {@link Rule}s: the first rule whose conditions all hold decides a customer's
 * action. The last rule must have no condition, so that every customer gets a plan. Immutable and
 * safe to share between threads.
 *
 * <p>The {@linkplain #defaultPreset(PresetConfig) default preset}, in order ("at risk" means a
 * medium or high risk bucket):
 *
 * <ol>
 *   <li>{@code high-value-at-risk}: high risk and CLV ≥ the high-value CLV → personal outreach with
 *       a discount;
 *   <li>{@code price-sensitive-at-risk}: at risk and price-sensitive (the flag, or a price driver
 *       among the top drivers) → plan downgrade or discount;
 *   <li>{@code inactive-at-risk}: at risk and inactive (the flag, or an inactivity driver) →
 *       re-engagement campaign;
 *   <li>{@code disengaged-at-risk-with-titles}: at risk, low engagement (the flag, or a usage
 *       driver) and at least one recommended title → personalised content with those titles;
 *   <li>{@code valuable-at-risk}: at risk and valuable (CLV ≥ the high-value CLV, or a valuable RFM
 *       label) → premium retention perks;
 *   <li>{@code safe-engaged}: low risk, engagement ≥ the engaged threshold, no low-engagement flag
 *       → upsell and cross-sell;
 *   <li>{@code maintain}: everyone else → maintain.
 * </ol>
 *
 * @param rules the rules, in order; names distinct; the last one without conditions
 */
public record RetentionPolicy(List<Rule> rules) {

  /** Checks and copies the rules. */
  public RetentionPolicy {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a policy needs at least one rule");
    }
    Set<String> names = new HashSet<>();
    for (Rule r : rules) {
      if (!names.add(r.name())) {
        throw new IllegalArgumentException("rule names must be distinct; repeated: " + r.name());
      }
    }
    Rule last = rules.get(rules.size() - 1);
    if (!last.when().isEmpty()) {
      throw new IllegalArgumentException(
          "the last rule must have no conditions so that every customer gets a plan, but '"
              + last.name()
              + "' has "
              + last.when().size());
    }
  }

  /**
   * The default preset with {@link PresetConfig#DEFAULTS}.
   *
   * @return the policy
   */
  public static RetentionPolicy defaultPreset() {
    return defaultPreset(PresetConfig.DEFAULTS);
  }

  /**
   * The default preset described above, with the given thresholds, drivers and actions.
   *
   * @param config the preset's knobs
   * @return the policy
   */
  public static RetentionPolicy defaultPreset(PresetConfig config) {
    Condition atRisk = Condition.risk(MEDIUM, HIGH);
    int k = config.driverTopK();
    List<Rule> rules = new ArrayList<>();
    rules.add(
        new Rule(
            "high-value-at-risk",
            List.of(Condition.risk(HIGH), Condition.clvAtLeast(config.highValueClv())),
            config.outreach()));
    rules.add(
        new Rule(
            "price-sensitive-at-risk",
            List.of(
                atRisk,
                Condition.anyOf(Condition.flag(PRICE_SENSITIVE), driver(k, config.priceDrivers()))),
            config.downgrade()));
    rules.add(
        new Rule(
            "inactive-at-risk",
            List.of(
                atRisk,
                Condition.anyOf(
                    Condition.flag(HIGH_INACTIVITY), driver(k, config.inactivityDrivers()))),
            config.reengagement()));
    rules.add(
        new Rule(
            "disengaged-at-risk-with-titles",
            List.of(
                atRisk,
                Condition.anyOf(Condition.flag(LOW_ENGAGEMENT), driver(k, config.usageDrivers())),
                Condition.hasRecommendedTitles()),
            config.content()));
    Condition valuable =
        config.valuableRfmLabels().isEmpty()
            ? Condition.clvAtLeast(config.highValueClv())
            : Condition.anyOf(
                Condition.clvAtLeast(config.highValueClv()),
                new Condition.RfmLabelIn(config.valuableRfmLabels()));
    rules.add(new Rule("valuable-at-risk", List.of(atRisk, valuable), config.perks()));
    rules.add(
        new Rule(
            "safe-engaged",
            List.of(
                Condition.risk(LOW),
                Condition.engagementAtLeast(config.engagedAtLeast()),
                Condition.not(Condition.flag(LOW_ENGAGEMENT))),
            config.upsell()));
    rules.add(Rule.otherwise("maintain", RetentionAction.MAINTAIN));
    return new RetentionPolicy(rules);
  }

  private static Condition driver(int k, Set<String> prefixes) {
    return new Condition.DriverAmong(List.copyOf(prefixes), k);
  }

  /**
   * The first rule that fires for a customer.
   *
   * @param customer the assessed customer
   * @return the deciding rule; never absent, since the last rule always fires
   */
  public Rule decide(Assessment customer) {
    for (int i = 0; i < rules.size(); i++) { // indexed: no iterator on the hot path
      Rule r = rules.get(i);
      if (r.matches(customer)) {
        return r;
      }
    }
    throw new IllegalStateException("the last rule always fires"); // unreachable by construction
  }

  /**
   * The policy in words, one rule per line.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rules.size(); i++) {
      sb.append(i + 1).append(". ").append(rules.get(i).describe()).append('\n');
    }
    return sb.toString();
  }
}
