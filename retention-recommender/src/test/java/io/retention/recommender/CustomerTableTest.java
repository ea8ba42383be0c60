package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.CustomerId;
import org.junit.jupiter.api.Test;

class CustomerTableTest {

  @Test
  void customersAreNumberedInTheOrderTheyFirstArrive() {
    CustomerTable t = new CustomerTable();
    assertEquals(0, t.add(CustomerId.of("b")));
    assertEquals(1, t.add(CustomerId.of("a")));
    assertEquals(0, t.add(CustomerId.of("b")));
    assertEquals(2, t.size());
    assertEquals(1, t.find(CustomerId.of("a")));
    assertEquals(-1, t.find(CustomerId.of("c")));
  }

  @Test
  void everyNumberSurvivesTheTableGrowing() {
    CustomerTable t = new CustomerTable();
    for (int i = 0; i < 50_000; i++) {
      assertEquals(i, t.add(CustomerId.of("c" + i)));
    }
    CustomerTable frozen = t.freeze();
    assertEquals(50_000, frozen.size());
    for (int i = 0; i < 50_000; i++) {
      assertEquals(i, frozen.find(CustomerId.of("c" + i)));
    }
    assertEquals(-1, frozen.find(CustomerId.of("c50000")));
  }

  @Test
  void aFrozenTableTakesNoNewCustomer() {
    CustomerTable frozen = new CustomerTable().freeze();
    assertThrows(IllegalStateException.class, () -> frozen.add(CustomerId.of("x")));
  }
}
