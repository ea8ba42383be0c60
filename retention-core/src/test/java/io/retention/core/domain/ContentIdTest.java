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

class ContentIdTest {

  @Test
  void keepsTheExactValueAndPrintsAsIt() {
    ContentId id = ContentId.of("s0042");
    assertEquals("s0042", id.value());
    assertEquals("s0042", id.toString());
  }

  @Test
  void identifiersWithTheSameValueAreEqual() {
    assertEquals(ContentId.of("s1"), new ContentId("s1"));
    assertEquals(ContentId.of("s1").hashCode(), new ContentId("s1").hashCode());
    assertNotEquals(ContentId.of("s1"), ContentId.of("S1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void rejectsBlankValues(String blank) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ContentId.of(blank));
    assertTrue(e.getMessage().contains("content id"), e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> new ContentId(null));
  }

  @Test
  void ordersByExactStringComparison() {
    List<ContentId> ids =
        new ArrayList<>(List.of(ContentId.of("s2"), ContentId.of("s10"), ContentId.of("s1")));
    Collections.sort(ids);
    assertEquals(List.of(ContentId.of("s1"), ContentId.of("s10"), ContentId.of("s2")), ids);
    assertTrue(ContentId.of("a").compareTo(ContentId.of("b")) < 0);
  }
}
