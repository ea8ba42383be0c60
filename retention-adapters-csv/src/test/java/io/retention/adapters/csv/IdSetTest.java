package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdSetTest {

  @Test
  void aSecondAddOfTheSameIdIsADuplicate() {
    IdSet ids = new IdSet();
    assertTrue(ids.add("c1"));
    assertTrue(ids.add("c2"));
    assertFalse(ids.add("c1"));
    assertTrue(ids.add(""), "the empty id is an id like any other here");
    assertFalse(ids.add(""));
    assertEquals(3, ids.size());
  }

  @Test
  void aQuarterMillionDistinctIdsThroughSeveralResizesAreAllNewThenAllSeen() {
    IdSet ids = new IdSet();
    int n = 250_000;
    for (int i = 0; i < n; i++) {
      assertTrue(ids.add(String.format("C%07d", i)));
    }
    for (int i = 0; i < n; i++) {
      assertFalse(ids.add(String.format("C%07d", i)));
    }
    assertEquals(n, ids.size());
  }

  @Test
  void idsThatDifferOnlyInOrderOrLeadingZerosAreDistinct() {
    IdSet ids = new IdSet();
    assertTrue(ids.add("ab"));
    assertTrue(ids.add("ba"));
    assertTrue(ids.add("001"));
    assertTrue(ids.add("01"));
    assertTrue(ids.add("1"));
  }
}
