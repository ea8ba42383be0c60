package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPlanTest {

  private static final CustomerId ALICE = CustomerId.of("alice");
  private static final RetentionAction OFFER = new RetentionAction("OFFER", "A discount", 5, 0.2);

  private static RetentionPlan plan(double probability, double clv, double priority) {
    return new RetentionPlan(
        ALICE,
        probability,
        RiskBucket.HIGH,
        clv,
        probability * clv,
        priority,
        "Loyal",
        "Champions",
        OFFER,
        "high-risk-offer",
        List.of("monthly_fee"),
        List.of("monthly_fee", "tenure"),
        List.of("Dark"));
  }

  @Test
  void keepsItsFields() {
    RetentionPlan p = plan(0.8, 100, 4.0);

    assertEquals(ALICE, p.customer());
    assertEquals(0.8, p.churnProbability());
    assertEquals(RiskBucket.HIGH, p.risk());
    assertEquals(100.0, p.clv());
    assertEquals(80.0, p.expectedLoss(), 1e-12);
    assertEquals(4.0, p.priority());
    assertEquals("Loyal", p.segment());
    assertEquals("Champions", p.rfmLabel());
    assertEquals(OFFER, p.action());
    assertEquals("high-risk-offer", p.rule());
    assertEquals(List.of("monthly_fee"), p.ruleDrivers());
    assertEquals(List.of("monthly_fee", "tenure"), p.topDrivers());
    assertEquals(List.of("Dark"), p.recommendedTitles());
  }

  @Test
  void expectedSavedValueIsProbabilityTimesClvTimesSaveRateAndNetValueSubtractsTheCost() {
    RetentionPlan p = plan(0.5, 100, 1);

    assertEquals(10.0, p.expectedSavedValue(), 1e-12);
    assertEquals(5.0, p.netSavedValue(), 1e-12);
  }

  @Test
  void copiesTheLists() {
    List<String> drivers = new ArrayList<>(List.of("low tenure"));
    RetentionPlan p =
        new RetentionPlan(
            ALICE,
            0.8,
            RiskBucket.HIGH,
            1,
            0.8,
            1,
            RetentionPlan.UNKNOWN,
            RetentionPlan.UNKNOWN,
            OFFER,
            "r",
            drivers,
            drivers,
            drivers);

    drivers.add("later");

    assertEquals(List.of("low tenure"), p.topDrivers());
    assertEquals(List.of("low tenure"), p.ruleDrivers());
    assertEquals(List.of("low tenure"), p.recommendedTitles());
    assertThrows(UnsupportedOperationException.class, () -> p.topDrivers().add("x"));
  }

  @Test
  void ranksByPriorityThenByCustomerId() {
    RetentionPlan low = plan(0.5, 10, 1);
    RetentionPlan high = plan(0.5, 10, 2);
    RetentionPlan tieB =
        new RetentionPlan(
            CustomerId.of("bob"),
            0.5,
            RiskBucket.MEDIUM,
            10,
            5,
            1,
            "s",
            "r",
            OFFER,
            "rule",
            List.of(),
            List.of(),
            List.of());

    List<RetentionPlan> sorted =
        List.of(tieB, low, high).stream().sorted(RetentionPlan.HIGHEST_PRIORITY_FIRST).toList();

    assertEquals(List.of(high, low, tieB), sorted);
  }

  @Test
  void rejectsAProbabilityOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> plan(1.2, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> plan(Double.NaN, 1, 1));
  }

  @Test
  void rejectsANegativeOrNonFiniteValue() {
    assertThrows(IllegalArgumentException.class, () -> plan(0.5, 1, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> plan(0.5, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> plan(0.5, -1, 1));
  }

  @Test
  void rejectsMissingPartsAndBlankNames() {
    List<String> none = List.of();
    assertThrows(
        NullPointerException.class,
        () ->
            new RetentionPlan(
                null, 0.5, RiskBucket.LOW, 1, 1, 1, "s", "r", OFFER, "r", none, none, none));
    assertThrows(
        NullPointerException.class,
        () -> new RetentionPlan(ALICE, 0.5, null, 1, 1, 1, "s", "r", OFFER, "r", none, none, none));
    assertThrows(
        NullPointerException.class,
        () ->
            new RetentionPlan(
                ALICE, 0.5, RiskBucket.LOW, 1, 1, 1, "s", "r", null, "r", none, none, none));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RetentionPlan(
                ALICE, 0.5, RiskBucket.LOW, 1, 1, 1, "s", "r", OFFER, " ", none, none, none));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RetentionPlan(
                ALICE, 0.5, RiskBucket.LOW, 1, 1, 1, "", "r", OFFER, "r", none, none, none));
    assertThrows(
        NullPointerException.class,
        () ->
            new RetentionPlan(
                ALICE, 0.5, RiskBucket.LOW, 1, 1, 1, "s", "r", OFFER, "r", none, null, none));
  }
}
