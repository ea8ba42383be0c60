package io.retention.core.strategy;

import static io.retention.core.domain.RiskBucket.HIGH;
import static io.retention.core.domain.RiskBucket.LOW;
import static io.retention.core.domain.RiskBucket.MEDIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RiskBucket;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

  private static Assessment assessed(RiskBucket risk, double clv, CustomerSignals.Builder b) {
    return new Assessment(b.build(), risk, clv);
  }

  private static CustomerSignals.Builder alice() {
    return CustomerSignals.builder(CustomerId.of("alice"), 0.5);
  }

  @Test
  void riskHoldsForTheListedBucketsOnly() {
    Condition c = Condition.risk(MEDIUM, HIGH);

    assertTrue(c.test(assessed(HIGH, 0, alice())));
    assertTrue(c.test(assessed(MEDIUM, 0, alice())));
    assertFalse(c.test(assessed(LOW, 0, alice())));
    assertEquals("risk in [MEDIUM, HIGH]", c.describe());
  }

  @Test
  void segmentAndRfmLabelMatchExactNamesAndNeverMatchUnknown() {
    Condition segment = Condition.segment("Casual Viewers");
    Condition rfm = Condition.rfmLabel("Champions");

    assertTrue(segment.test(assessed(LOW, 0, alice().segment("Casual Viewers"))));
    assertFalse(segment.test(assessed(LOW, 0, alice().segment("casual viewers"))));
    assertFalse(segment.test(assessed(LOW, 0, alice())));
    assertTrue(rfm.test(assessed(LOW, 0, alice().rfmLabel("Champions"))));
    assertFalse(rfm.test(assessed(LOW, 0, alice())));
    assertEquals("segment in [Casual Viewers]", segment.describe());
    assertEquals("RFM label in [Champions]", rfm.describe());
  }

  @Test
  void flagHoldsWhenTheCustomerHasIt() {
    Condition c = Condition.flag(BehaviourFlag.HIGH_INACTIVITY);

    assertTrue(c.test(assessed(LOW, 0, alice().flag(BehaviourFlag.HIGH_INACTIVITY))));
    assertFalse(c.test(assessed(LOW, 0, alice().flag(BehaviourFlag.LOW_ENGAGEMENT))));
    assertEquals("flag HIGH_INACTIVITY", c.describe());
  }

  @Test
  void driverMatchesRiskRaisingTopDriversByPrefix() {
    Condition c = Condition.driver(2, "monthly_fee", "plan");
    Assessment a =
        assessed(
            HIGH,
            0,
            alice()
                .drivers(
                    List.of(
                        new Contribution("plan=Basic", 1, 0.3),
                        new Contribution("monthly_fee", 18, 0.2),
                        new Contribution("watch_hours", 1, 0.1))));

    assertTrue(c.test(a));
    assertEquals(List.of("plan=Basic", "monthly_fee"), c.matchedDrivers(a));
  }

  @Test
  void driverIgnoresDriversThatLowerRiskOrLieBeyondTopK() {
    Condition c = Condition.driver(1, "monthly_fee");
    Assessment lowering =
        assessed(HIGH, 0, alice().drivers(List.of(new Contribution("monthly_fee", 9, -0.2))));
    Assessment tooFar =
        assessed(
            HIGH,
            0,
            alice()
                .drivers(
                    List.of(
                        new Contribution("age", 30, 0.3),
                        new Contribution("monthly_fee", 18, 0.2))));

    assertFalse(c.test(lowering));
    assertFalse(c.test(tooFar));
    assertEquals(List.of(), c.matchedDrivers(tooFar));
    assertFalse(c.test(assessed(HIGH, 0, alice())));
  }

  @Test
  void clvAndEngagementAreInclusiveLowerBounds() {
    assertTrue(Condition.clvAtLeast(300).test(assessed(LOW, 300, alice())));
    assertFalse(Condition.clvAtLeast(300).test(assessed(LOW, 299.99, alice())));
    assertTrue(Condition.engagementAtLeast(0.5).test(assessed(LOW, 0, alice().engagement(0.5))));
    assertFalse(Condition.engagementAtLeast(0.5).test(assessed(LOW, 0, alice().engagement(0.49))));
    assertEquals("CLV >= 300.0", Condition.clvAtLeast(300).describe());
    assertEquals("engagement >= 0.5", Condition.engagementAtLeast(0.5).describe());
  }

  @Test
  void hasRecommendedTitlesNeedsAtLeastOneTitle() {
    Condition c = Condition.hasRecommendedTitles();

    assertTrue(c.test(assessed(LOW, 0, alice().recommendedTitles(List.of("Dark")))));
    assertFalse(c.test(assessed(LOW, 0, alice())));
    assertEquals("has recommended titles", c.describe());
  }

  @Test
  void anyOfHoldsWhenOneAlternativeDoesAndCollectsTheirDrivers() {
    Condition c =
        Condition.anyOf(
            Condition.flag(BehaviourFlag.PRICE_SENSITIVE), Condition.driver(3, "monthly_fee"));
    Assessment byDriver =
        assessed(HIGH, 0, alice().drivers(List.of(new Contribution("monthly_fee", 18, 0.2))));
    Assessment byFlag = assessed(HIGH, 0, alice().flag(BehaviourFlag.PRICE_SENSITIVE));

    assertTrue(c.test(byDriver));
    assertEquals(List.of("monthly_fee"), c.matchedDrivers(byDriver));
    assertTrue(c.test(byFlag));
    assertEquals(List.of(), c.matchedDrivers(byFlag));
    assertFalse(c.test(assessed(HIGH, 0, alice())));
    assertEquals(
        "any of (flag PRICE_SENSITIVE; a top-3 churn driver starts with one of [monthly_fee])",
        c.describe());
  }

  @Test
  void notNegates() {
    Condition c = Condition.not(Condition.flag(BehaviourFlag.LOW_ENGAGEMENT));

    assertTrue(c.test(assessed(LOW, 0, alice())));
    assertFalse(c.test(assessed(LOW, 0, alice().flag(BehaviourFlag.LOW_ENGAGEMENT))));
    assertEquals("not (flag LOW_ENGAGEMENT)", c.describe());
  }

  @Test
  void conditionsAreValuesThatCompareByContent() {
    assertEquals(Condition.risk(HIGH, MEDIUM), Condition.risk(MEDIUM, HIGH));
    assertEquals(
        new Condition.DriverAmong(List.of("b", "a", "b"), 2), Condition.driver(2, "b", "a"));
  }

  @Test
  void rejectsEmptyOrBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> Condition.risk());
    assertThrows(IllegalArgumentException.class, () -> Condition.segment());
    assertThrows(IllegalArgumentException.class, () -> Condition.rfmLabel());
    assertThrows(IllegalArgumentException.class, () -> Condition.driver(0, "a"));
    assertThrows(IllegalArgumentException.class, () -> Condition.driver(1, " "));
    assertThrows(IllegalArgumentException.class, () -> Condition.driver(1));
    assertThrows(IllegalArgumentException.class, () -> Condition.clvAtLeast(-1));
    assertThrows(IllegalArgumentException.class, () -> Condition.engagementAtLeast(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Condition.anyOf());
    assertThrows(NullPointerException.class, () -> Condition.not(null));
    assertThrows(NullPointerException.class, () -> Condition.flag(null));
  }
}
