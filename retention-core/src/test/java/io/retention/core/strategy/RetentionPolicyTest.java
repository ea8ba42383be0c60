package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionAction;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskBucket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final RetentionEngine ENGINE = RetentionEngine.withDefaults();
  private static final RetentionAction OFFER = new RetentionAction("OFFER", "An offer", 5, 0.2);

  /** A customer with a CLV of 10 × 3 = 30 under the default proxy, well below high value. */
  private static CustomerSignals.Builder modest(double p) {
    return CustomerSignals.builder(CustomerId.of("c"), p).monthlySpend(10).tenureMonths(2);
  }

  /** A customer with a CLV of 20 × 25 = 500 under the default proxy: high value. */
  private static CustomerSignals.Builder valuable(double p) {
    return CustomerSignals.builder(CustomerId.of("c"), p).monthlySpend(20).tenureMonths(24);
  }

  private static RetentionPlan plan(CustomerSignals.Builder b) {
    return ENGINE.plan(b.build());
  }

  @Test
  void highValueCustomersAtHighRiskGetPersonalOutreachWithADiscount() {
    RetentionPlan p = plan(valuable(0.8).flag(BehaviourFlag.PRICE_SENSITIVE));

    assertEquals("high-value-at-risk", p.rule());
    assertEquals(StandardActions.PERSONAL_OUTREACH_DISCOUNT, p.action());
  }

  @Test
  void priceSensitiveCustomersAtRiskGetADowngradeOrDiscountByFlagOrByDriver() {
    RetentionPlan byFlag = plan(modest(0.5).flag(BehaviourFlag.PRICE_SENSITIVE));
    RetentionPlan byDriver =
        plan(
            modest(0.9)
                .drivers(
                    List.of(
                        new Contribution("age", 20, 0.3),
                        new Contribution("monthly_fee", 18, 0.2))));

    assertEquals("price-sensitive-at-risk", byFlag.rule());
    assertEquals(StandardActions.PLAN_DOWNGRADE_OR_DISCOUNT, byFlag.action());
    assertEquals(List.of(), byFlag.ruleDrivers());
    assertEquals("price-sensitive-at-risk", byDriver.rule());
    assertEquals(List.of("monthly_fee"), byDriver.ruleDrivers());
    assertEquals(List.of("age", "monthly_fee"), byDriver.topDrivers());
  }

  @Test
  void inactiveCustomersAtRiskGetAReengagementCampaignByFlagOrByDriver() {
    RetentionPlan byFlag = plan(modest(0.6).flag(BehaviourFlag.HIGH_INACTIVITY));
    RetentionPlan byDriver =
        plan(modest(0.6).drivers(List.of(new Contribution("last_login_days", 45, 0.25))));

    assertEquals("inactive-at-risk", byFlag.rule());
    assertEquals(StandardActions.REENGAGEMENT_CAMPAIGN, byFlag.action());
    assertEquals("inactive-at-risk", byDriver.rule());
    assertEquals(List.of("last_login_days"), byDriver.ruleDrivers());
  }

  @Test
  void disengagedCustomersAtRiskWithTitlesGetPersonalizedContent() {
    RetentionPlan p =
        plan(
            modest(0.5)
                .flag(BehaviourFlag.LOW_ENGAGEMENT)
                .recommendedTitles(List.of("Dark", "Narcos")));
    RetentionPlan byDriver =
        plan(
            modest(0.5)
                .drivers(List.of(new Contribution("watch_hours", 1, 0.3)))
                .recommendedTitles(List.of("Dark")));

    assertEquals("disengaged-at-risk-with-titles", p.rule());
    assertEquals(StandardActions.PERSONALIZED_CONTENT, p.action());
    assertEquals(List.of("Dark", "Narcos"), p.recommendedTitles());
    assertEquals("disengaged-at-risk-with-titles", byDriver.rule());
    assertEquals(List.of("watch_hours"), byDriver.ruleDrivers());
  }

  @Test
  void disengagedCustomersWithoutTitlesDoNotGetContent() {
    assertEquals("maintain", plan(modest(0.5).flag(BehaviourFlag.LOW_ENGAGEMENT)).rule());
  }

  @Test
  void valuableCustomersAtMediumRiskGetPremiumPerksByClvOrByRfmLabel() {
    RetentionPlan byClv = plan(valuable(0.5));
    RetentionPlan byRfm = plan(modest(0.9).rfmLabel("Champions"));

    assertEquals("valuable-at-risk", byClv.rule());
    assertEquals(StandardActions.PREMIUM_RETENTION_PERKS, byClv.action());
    assertEquals("valuable-at-risk", byRfm.rule());
  }

  @Test
  void safeEngagedCustomersGetUpsellAndCrossSell() {
    RetentionPlan p = plan(valuable(0.1).engagement(0.5));

    assertEquals("safe-engaged", p.rule());
    assertEquals(StandardActions.UPSELL_CROSS_SELL, p.action());
    assertEquals(
        "maintain", plan(valuable(0.1).engagement(2).flag(BehaviourFlag.LOW_ENGAGEMENT)).rule());
  }

  @Test
  void everyoneElseIsMaintained() {
    RetentionPlan safe = plan(modest(0.1).engagement(0.0));
    RetentionPlan atRiskWithNothingToActOn = plan(modest(0.9));

    assertEquals("maintain", safe.rule());
    assertEquals(RetentionAction.MAINTAIN, safe.action());
    assertEquals("maintain", atRiskWithNothingToActOn.rule());
  }

  @Test
  void everyRuleOfTheDefaultPresetFiresOnSomeSeededCustomer() {
    Set<String> fired = new HashSet<>();
    for (RetentionPlan p : ENGINE.planAll(StrategyFixtures.randomCustomers(5_000, 3))) {
      fired.add(p.rule());
    }

    Set<String> names = new HashSet<>();
    ENGINE.policy().rules().forEach(r -> names.add(r.name()));
    assertEquals(names, fired);
  }

  @Test
  void valuesExactlyOnTheThresholdsBelongToTheHigherBucket() {
    RetentionPlan atHigh = plan(valuable(0.75));
    RetentionPlan belowHigh = plan(valuable(Math.nextDown(0.75)));
    RetentionPlan atMedium = plan(modest(0.40).flag(BehaviourFlag.PRICE_SENSITIVE));
    RetentionPlan belowMedium =
        plan(modest(Math.nextDown(0.40)).flag(BehaviourFlag.PRICE_SENSITIVE));

    assertEquals(RiskBucket.HIGH, atHigh.risk());
    assertEquals("high-value-at-risk", atHigh.rule());
    assertEquals(RiskBucket.MEDIUM, belowHigh.risk());
    assertEquals("valuable-at-risk", belowHigh.rule());
    assertEquals(RiskBucket.MEDIUM, atMedium.risk());
    assertEquals("price-sensitive-at-risk", atMedium.rule());
    assertEquals(RiskBucket.LOW, belowMedium.risk());
    assertEquals("maintain", belowMedium.rule());
  }

  @Test
  void aClvExactlyOnTheHighValueThresholdCountsAsHighValue() {
    // 12 × (24 + 1) = 300 exactly, with engagement 0
    RetentionPlan p =
        plan(CustomerSignals.builder(CustomerId.of("c"), 0.8).monthlySpend(12).tenureMonths(24));

    assertEquals(300.0, p.clv());
    assertEquals("high-value-at-risk", p.rule());
  }

  @Test
  void theFirstMatchingRuleDecides() {
    RetentionPolicy policy =
        new RetentionPolicy(
            List.of(
                new Rule("first", List.of(Condition.risk(RiskBucket.HIGH)), OFFER),
                new Rule("second", List.of(Condition.risk(RiskBucket.HIGH)), OFFER),
                Rule.otherwise("rest", RetentionAction.MAINTAIN)));
    RetentionEngine engine = new RetentionEngine(StrategyConfig.DEFAULTS, policy);

    assertEquals("first", engine.plan(modest(0.9).build()).rule());
    assertEquals("rest", engine.plan(modest(0.1).build()).rule());
  }

  @Test
  void describesEachRuleOnALine() {
    String text = RetentionPolicy.defaultPreset().describe();

    assertEquals(7, text.lines().count());
    assertTrue(
        text.startsWith(
            "1. high-value-at-risk: risk in [HIGH] and CLV >= 300.0 ->"
                + " PERSONAL_OUTREACH_DISCOUNT\n"),
        text);
    assertTrue(text.endsWith("7. maintain: always -> MAINTAIN\n"), text);
  }

  @Test
  void aPresetWithoutValuableRfmLabelsJudgesValueByClvAlone() {
    PresetConfig d = PresetConfig.DEFAULTS;
    PresetConfig noLabels =
        new PresetConfig(
            d.highValueClv(),
            d.engagedAtLeast(),
            Set.of(),
            d.driverTopK(),
            d.priceDrivers(),
            d.inactivityDrivers(),
            d.usageDrivers(),
            d.outreach(),
            d.downgrade(),
            d.reengagement(),
            d.content(),
            d.perks(),
            d.upsell());
    RetentionEngine engine =
        new RetentionEngine(StrategyConfig.DEFAULTS, RetentionPolicy.defaultPreset(noLabels));

    assertEquals("maintain", engine.plan(modest(0.9).rfmLabel("Champions").build()).rule());
    assertEquals("valuable-at-risk", engine.plan(valuable(0.5).build()).rule());
  }

  @Test
  void rejectsAPolicyWithoutACatchAllLastRuleOrWithRepeatedNames() {
    Rule high = new Rule("high", List.of(Condition.risk(RiskBucket.HIGH)), OFFER);
    Rule rest = Rule.otherwise("rest", RetentionAction.MAINTAIN);

    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(List.of()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(List.of(high)));
    assertTrue(e.getMessage().contains("last rule"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new RetentionPolicy(List.of(high, high, rest)));
  }
}
