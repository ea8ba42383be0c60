package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerIdTest {

  @Test
  void keepsTheExactValue() {
    assertEquals("007-Ab", CustomerId.of("007-Ab").value());
  }

  @Test
  void printsAsItsValue() {
    assertEquals("C-42", CustomerId.of("C-42").toString());
  }

  @Test
  void identifiersWithTheSameValueAreEqual() {
    assertEquals(CustomerId.of("a1"), new CustomerId("a1"));
    assertEquals(CustomerId.of("a1").hashCode(), new CustomerId("a1").hashCode());
  }

  @Test
  void keepsLeadingZerosAndCase() {
    assertNotEquals(CustomerId.of("007"), CustomerId.of("7"));
    assertNotEquals(CustomerId.of("abc"), CustomerId.of("ABC"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejectsBlankValues(String blank) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CustomerId.of(blank));
    assertTrue(e.getMessage().contains("customer id"), e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> CustomerId.of(null));
  }

  @Test
  void ordersByExactStringComparison() {
    List<CustomerId> ids =
        new ArrayList<>(
            List.of(
                CustomerId.of("c2"),
                CustomerId.of("c10"),
                CustomerId.of("C3"),
                CustomerId.of("c1")));
    Collections.sort(ids);
    assertEquals(
        List.of(
            CustomerId.of("C3"), CustomerId.of("c1"), CustomerId.of("c10"), CustomerId.of("c2")),
        ids);
    assertEquals(0, CustomerId.of("x").compareTo(CustomerId.of("x")));
  }
}
