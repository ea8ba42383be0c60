package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RecommendationTest {

  private static final ContentId FILM = ContentId.of("s1");

  @Test
  void keepsItsFields() {
    Recommendation r = new Recommendation(FILM, "Dark", -1.5, "because you watched 1983");

    assertEquals(FILM, r.content());
    assertEquals("Dark", r.title());
    assertEquals(-1.5, r.score());
    assertEquals("because you watched 1983", r.reason());
  }

  @Test
  void rejectsMissingOrBlankParts() {
    assertThrows(NullPointerException.class, () -> new Recommendation(null, "Dark", 1, "r"));
    assertThrows(IllegalArgumentException.class, () -> new Recommendation(FILM, " ", 1, "r"));
    assertThrows(IllegalArgumentException.class, () -> new Recommendation(FILM, "Dark", 1, ""));
  }

  @Test
  void rejectsANonFiniteScore() {
    assertThrows(
        IllegalArgumentException.class, () -> new Recommendation(FILM, "Dark", Double.NaN, "r"));
  }
}
