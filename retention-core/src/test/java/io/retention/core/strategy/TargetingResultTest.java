package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetingResultTest {

  @Test
  void theGapBoundIsTheDistanceToTheUpperBound() {
    assertEquals(2.5, new TargetingResult(List.of(), 10, 8, 7.5, 10, false).optimalityGapBound());
    assertEquals(0.0, new TargetingResult(List.of(), 10, 8, 7.5, 7.5, false).optimalityGapBound());
  }

  @Test
  void copiesTheContacts() {
    List<TargetedContact> contacts =
        new ArrayList<>(
            List.of(TargetedContact.of(BudgetTargetingTest.plan("a", 0.5, 200, 10, 0.5))));
    TargetingResult r = new TargetingResult(contacts, 10, 10, 40, 40, false);

    contacts.clear();

    assertEquals(1, r.contacts().size());
    assertThrows(UnsupportedOperationException.class, () -> r.contacts().clear());
  }
}
