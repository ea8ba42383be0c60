package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RfmScoreTest {

  @Test
  void totalAddsTheThreeScores() {
    assertEquals(14, new RfmScore(5, 4, 5, "Champions").total());
    assertEquals(3, new RfmScore(1, 1, 1, "Lost").total());
    assertEquals(15, new RfmScore(5, 5, 5, "Champions").total());
  }

  @Test
  void codeListsRecencyFrequencyAndMonetaryInThatOrder() {
    assertEquals("545", new RfmScore(5, 4, 5, "Champions").code());
    assertEquals("123", new RfmScore(1, 2, 3, "At Risk").code());
  }

  @Test
  void keepsTheLabel() {
    assertEquals("Loyal", new RfmScore(4, 4, 4, "Loyal").label());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void rejectsScoresOutsideOneToFiveNamingTheScore(int bad) {
    IllegalArgumentException r =
        assertThrows(IllegalArgumentException.class, () -> new RfmScore(bad, 3, 3, "x"));
    assertTrue(r.getMessage().startsWith("recency"), r.getMessage());
    IllegalArgumentException f =
        assertThrows(IllegalArgumentException.class, () -> new RfmScore(3, bad, 3, "x"));
    assertTrue(f.getMessage().startsWith("frequency"), f.getMessage());
    IllegalArgumentException m =
        assertThrows(IllegalArgumentException.class, () -> new RfmScore(3, 3, bad, "x"));
    assertTrue(m.getMessage().startsWith("monetary"), m.getMessage());
  }

  @Test
  void rejectsABlankLabel() {
    assertThrows(IllegalArgumentException.class, () -> new RfmScore(3, 3, 3, " "));
  }
}
