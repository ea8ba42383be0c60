package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

  @Test
  void notBlankReturnsTheValueUnchanged() {
    assertEquals(" padded ", Checks.notBlank(" padded ", "thing"));
  }

  @Test
  void notBlankNamesTheArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.notBlank(" ", "thing"));
    assertEquals("thing must not be blank", e.getMessage());
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> Checks.notBlank(null, "thing"));
    assertEquals("thing", npe.getMessage());
  }

  @Test
  void finiteAcceptsAnyFiniteNumber() {
    assertEquals(-1e300, Checks.finite(-1e300, "x"));
    assertEquals(0.0, Checks.finite(0.0, "x"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void finiteRejectsNonFiniteNumbersNamingTheArgument(double value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.finite(value, "weight"));
    assertTrue(e.getMessage().startsWith("weight must be a finite number"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.5, 1.0})
  void probabilityAcceptsTheClosedUnitInterval(double value) {
    assertEquals(value, Checks.probability(value, "p"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1e-9, 1.000001, Double.NaN, Double.POSITIVE_INFINITY})
  void probabilityRejectsValuesOutsideTheUnitInterval(double value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.probability(value, "p"));
    assertTrue(e.getMessage().startsWith("p must lie in [0, 1]"), e.getMessage());
  }
}
