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

  @Test
  void customersWhoseIdsHashAlikeKeepTheirOwnNumbers() {
    // "Aa" and "BB" have the same String hash code, so their ids land on the same slot.
    CustomerTable t = new CustomerTable();
    assertEquals(0, t.add(CustomerId.of("Aa")));
    assertEquals(1, t.add(CustomerId.of("BB")));
    assertEquals(2, t.add(CustomerId.of("AaBB")));
    assertEquals(3, t.add(CustomerId.of("BBAa")));
    CustomerTable frozen = t.freeze();
    assertEquals(0, frozen.find(CustomerId.of("Aa")));
    assertEquals(1, frozen.find(CustomerId.of("BB")));
    assertEquals(2, frozen.find(CustomerId.of("AaBB")));
    assertEquals(3, frozen.find(CustomerId.of("BBAa")));
    assertEquals(-1, frozen.find(CustomerId.of("AaAa")));
  }

  @Test
  void aTableHandsItsSlotsOverWhenFrozenSoNothingCanChangeTheFrozenOne() {
    CustomerTable t = new CustomerTable();
    t.add(CustomerId.of("a"));
    CustomerTable frozen = t.freeze();

    assertThrows(IllegalStateException.class, () -> t.add(CustomerId.of("b")));
    assertThrows(IllegalStateException.class, () -> t.find(CustomerId.of("a")));
    assertThrows(IllegalStateException.class, t::freeze);
    assertEquals(0, frozen.find(CustomerId.of("a")));
    assertEquals(-1, frozen.find(CustomerId.of("b")));
  }
}
