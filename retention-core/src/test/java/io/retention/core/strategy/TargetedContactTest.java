package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.RetentionPlan;
import org.junit.jupiter.api.Test;

class TargetedContactTest {
  private static final RetentionPlan PLAN = BudgetTargetingTest.plan("a", 0.5, 200, 10, 0.5);

  @Test
  void derivesValueCostAndReturnFromThePlan() {
    TargetedContact t = TargetedContact.of(PLAN);

    assertEquals(50.0, t.expectedSavedValue(), 1e-12);
    assertEquals(10.0, t.cost());
    assertEquals(40.0, t.netValue(), 1e-12);
    assertEquals(4.0, t.returnOnSpend(), 1e-12);
  }

  @Test
  void rejectsAContactThatIsNotWorthIt() {
    assertThrows(IllegalArgumentException.class, () -> new TargetedContact(PLAN, 5, 10, -5, -0.5));
    assertThrows(IllegalArgumentException.class, () -> new TargetedContact(PLAN, 10, 10, 0, 0));
  }

  @Test
  void allowsAnInfiniteReturnOnlyForAFreeAction() {
    assertEquals(
        Double.POSITIVE_INFINITY,
        new TargetedContact(PLAN, 5, 0, 5, Double.POSITIVE_INFINITY).returnOnSpend());
    assertThrows(
        IllegalArgumentException.class,
        () -> new TargetedContact(PLAN, 5, 1, 4, Double.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class, () -> new TargetedContact(PLAN, 5, 1, 4, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new TargetedContact(PLAN, 5, -1, 4, 4));
    assertThrows(NullPointerException.class, () -> new TargetedContact(null, 5, 1, 4, 4));
  }
}
