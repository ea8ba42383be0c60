package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetentionActionTest {

  @Test
  void keepsItsFields() {
    RetentionAction a =
        new RetentionAction("DISCOUNT_OFFER", "20% off for three months", 6.0, 0.25);

    assertEquals("DISCOUNT_OFFER", a.code());
    assertEquals("20% off for three months", a.description());
    assertEquals(6.0, a.cost());
    assertEquals(0.25, a.saveRate());
  }

  @Test
  void maintainCostsNothingAndSavesNobody() {
    assertEquals("MAINTAIN", RetentionAction.MAINTAIN.code());
    assertEquals(0.0, RetentionAction.MAINTAIN.cost());
    assertEquals(0.0, RetentionAction.MAINTAIN.saveRate());
  }

  @Test
  void aFreeActionIsAllowed() {
    assertEquals(0.0, new RetentionAction("EMAIL", "A friendly email", 0, 0.01).cost());
  }

  @Test
  void rejectsANegativeCost() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new RetentionAction("X", "x", -0.01, 0.1));
    assertTrue(e.getMessage().contains(">= 0"), e.getMessage());
  }

  @Test
  void rejectsANonFiniteCost() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new RetentionAction("X", "x", Double.NaN, 0.1));
    assertTrue(e.getMessage().contains("finite"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetentionAction("X", "x", Double.POSITIVE_INFINITY, 0.1));
  }

  @Test
  void rejectsASaveRateOutsideTheUnitInterval() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RetentionAction("X", "x", 1, 1.5));
    assertTrue(e.getMessage().contains("save rate"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RetentionAction("X", "x", 1, -0.1));
    assertThrows(
        IllegalArgumentException.class, () -> new RetentionAction("X", "x", 1, Double.NaN));
  }

  @Test
  void rejectsABlankCodeOrDescription() {
    assertThrows(IllegalArgumentException.class, () -> new RetentionAction(" ", "x", 1, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new RetentionAction("X", "", 1, 0.1));
  }
}
