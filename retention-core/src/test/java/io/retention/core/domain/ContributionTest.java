package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContributionTest {

  @Test
  void keepsItsFields() {
    Contribution c = new Contribution("tenure", 3.0, -0.12);

    assertEquals("tenure", c.feature());
    assertEquals(3.0, c.value());
    assertEquals(-0.12, c.contribution());
  }

  @Test
  void rejectsABlankFeatureOrNonFiniteNumbers() {
    assertThrows(IllegalArgumentException.class, () -> new Contribution(" ", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Contribution("x", Double.NaN, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new Contribution("x", 1, Double.NEGATIVE_INFINITY));
  }
}
