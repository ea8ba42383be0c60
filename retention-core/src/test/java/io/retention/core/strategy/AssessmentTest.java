package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RiskBucket;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private static final CustomerSignals ALICE =
      CustomerSignals.builder(CustomerId.of("alice"), 0.5).build();

  @Test
  void keepsItsFields() {
    Assessment a = new Assessment(ALICE, RiskBucket.MEDIUM, 12.5);

    assertEquals(ALICE, a.customer());
    assertEquals(RiskBucket.MEDIUM, a.risk());
    assertEquals(12.5, a.clv());
  }

  @Test
  void rejectsANegativeOrNonFiniteClvNamingTheCustomer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Assessment(ALICE, RiskBucket.LOW, Double.POSITIVE_INFINITY));
    assertEquals("CLV of alice must be a finite number >= 0, got Infinity", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Assessment(ALICE, RiskBucket.LOW, -1));
    assertThrows(NullPointerException.class, () -> new Assessment(ALICE, null, 1));
    assertThrows(NullPointerException.class, () -> new Assessment(null, RiskBucket.LOW, 1));
  }
}
