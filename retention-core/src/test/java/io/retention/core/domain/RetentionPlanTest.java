package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPlanTest {

  private static final CustomerId ALICE = CustomerId.of("alice");
  private static final RetentionAction OFFER = new RetentionAction("OFFER", "A discount", 5);

  private static RetentionPlan plan(double probability, double priority, List<String> reasons) {
    return new RetentionPlan(
        ALICE, probability, RiskBucket.HIGH, priority, OFFER, "high-risk-offer", reasons);
  }

  @Test
  void keepsItsFields() {
    RetentionPlan p = plan(0.8, 4.0, List.of("low tenure", "high fee"));

    assertEquals(ALICE, p.customer());
    assertEquals(0.8, p.churnProbability());
    assertEquals(RiskBucket.HIGH, p.risk());
    assertEquals(4.0, p.priority());
    assertEquals(OFFER, p.action());
    assertEquals("high-risk-offer", p.rule());
    assertEquals(List.of("low tenure", "high fee"), p.reasons());
  }

  @Test
  void copiesTheReasons() {
    List<String> reasons = new ArrayList<>(List.of("low tenure"));
    RetentionPlan p = plan(0.8, 1, reasons);

    reasons.add("later");

    assertEquals(List.of("low tenure"), p.reasons());
    assertThrows(UnsupportedOperationException.class, () -> p.reasons().add("x"));
  }

  @Test
  void rejectsAProbabilityOutsideTheUnitInterval() {
    List<String> none = List.of();
    assertThrows(IllegalArgumentException.class, () -> plan(1.2, 1, none));
    assertThrows(IllegalArgumentException.class, () -> plan(Double.NaN, 1, none));
  }

  @Test
  void rejectsANonFinitePriority() {
    assertThrows(
        IllegalArgumentException.class, () -> plan(0.5, Double.POSITIVE_INFINITY, List.of()));
  }

  @Test
  void rejectsMissingPartsAndABlankRule() {
    List<String> none = List.of();
    assertThrows(
        NullPointerException.class,
        () -> new RetentionPlan(null, 0.5, RiskBucket.LOW, 1, OFFER, "r", none));
    assertThrows(
        NullPointerException.class, () -> new RetentionPlan(ALICE, 0.5, null, 1, OFFER, "r", none));
    assertThrows(
        NullPointerException.class,
        () -> new RetentionPlan(ALICE, 0.5, RiskBucket.LOW, 1, null, "r", none));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetentionPlan(ALICE, 0.5, RiskBucket.LOW, 1, OFFER, " ", none));
    assertThrows(
        NullPointerException.class,
        () -> new RetentionPlan(ALICE, 0.5, RiskBucket.LOW, 1, OFFER, "r", null));
  }
}
