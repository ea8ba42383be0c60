package io.retention.core.strategy;

import static io.retention.core.domain.RiskBucket.HIGH;
import static io.retention.core.domain.RiskBucket.LOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RetentionAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTest {
  private static final RetentionAction OFFER = new RetentionAction("OFFER", "An offer", 5, 0.2);

  private static final List<Contribution> DRIVERS =
      List.of(
          new Contribution("last_login_days", 40, 0.4),
          new Contribution("monthly_fee", 18, 0.3),
          new Contribution("watch_hours", 1, 0.2));

  private static Assessment highRisk() {
    return new Assessment(
        CustomerSignals.builder(CustomerId.of("a"), 0.9).drivers(DRIVERS).build(), HIGH, 100);
  }

  @Test
  void firesWhenEveryConditionHolds() {
    Rule rule = new Rule("r", List.of(Condition.risk(HIGH), Condition.clvAtLeast(50)), OFFER);

    assertTrue(rule.matches(highRisk()));
    assertFalse(
        new Rule("r", List.of(Condition.risk(LOW), Condition.clvAtLeast(50)), OFFER)
            .matches(highRisk()));
  }

  @Test
  void aRuleWithoutConditionsAlwaysFires() {
    Rule rule = Rule.otherwise("maintain", RetentionAction.MAINTAIN);

    assertTrue(rule.matches(highRisk()));
    assertEquals(List.of(), rule.matchedDrivers(highRisk()));
    assertEquals("maintain: always -> MAINTAIN", rule.describe());
  }

  @Test
  void reportsMatchedDriversInTheCustomersOrderWithoutRepeats() {
    Rule rule =
        new Rule(
            "r",
            List.of(
                Condition.driver(3, "watch_hours", "monthly_fee"),
                Condition.driver(3, "monthly_fee", "last_login")),
            OFFER);

    assertEquals(
        List.of("last_login_days", "monthly_fee", "watch_hours"), rule.matchedDrivers(highRisk()));
  }

  @Test
  void reportsTheDriversOfSeveralAlternativesInTheCustomersOrder() {
    Rule rule =
        new Rule(
            "r",
            List.of(
                Condition.anyOf(
                    Condition.driver(3, "watch_hours"), Condition.driver(3, "last_login"))),
            OFFER);

    assertEquals(List.of("last_login_days", "watch_hours"), rule.matchedDrivers(highRisk()));
  }

  @Test
  void describesItself() {
    Rule rule = new Rule("r", List.of(Condition.risk(HIGH), Condition.clvAtLeast(50)), OFFER);

    assertEquals("r: risk in [HIGH] and CLV >= 50.0 -> OFFER", rule.describe());
  }

  @Test
  void rejectsABlankNameOrMissingParts() {
    List<Condition> none = List.of();
    assertThrows(IllegalArgumentException.class, () -> new Rule(" ", none, OFFER));
    assertThrows(NullPointerException.class, () -> new Rule(null, none, OFFER));
    assertThrows(NullPointerException.class, () -> new Rule("r", null, OFFER));
    assertThrows(NullPointerException.class, () -> new Rule("r", none, null));
  }
}
