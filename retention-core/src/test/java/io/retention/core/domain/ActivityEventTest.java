package io.retention.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityEventTest {

  private static final CustomerId ALICE = CustomerId.of("alice");
  private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");
  private static final ContentId FILM = ContentId.of("s1");

  @Test
  void anEventWithoutContentKeepsItsFields() {
    ActivityEvent e = ActivityEvent.of(ALICE, NOON, EventType.PAYMENT, 9.99);

    assertEquals(ALICE, e.customer());
    assertEquals(NOON, e.at());
    assertEquals(EventType.PAYMENT, e.type());
    assertEquals(9.99, e.amount());
    assertEquals(Optional.empty(), e.content());
  }

  @Test
  void anEventAboutATitleKeepsTheTitle() {
    ActivityEvent e = ActivityEvent.about(ALICE, NOON, EventType.WATCH, 42.0, FILM);

    assertEquals(Optional.of(FILM), e.content());
    assertEquals(42.0, e.amount());
  }

  @Test
  void anEventAboutATitleNeedsTheTitle() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ActivityEvent.about(ALICE, NOON, EventType.WATCH, 1, null));
    assertEquals("content", e.getMessage());
  }

  @Test
  void rejectsMissingCustomerInstantOrType() {
    assertThrows(
        NullPointerException.class, () -> ActivityEvent.of(null, NOON, EventType.LOGIN, 0));
    assertThrows(
        NullPointerException.class, () -> ActivityEvent.of(ALICE, null, EventType.LOGIN, 0));
    assertThrows(NullPointerException.class, () -> ActivityEvent.of(ALICE, NOON, null, 0));
  }

  @Test
  void rejectsANonFiniteAmount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActivityEvent.of(ALICE, NOON, EventType.PURCHASE, Double.NaN));
    assertTrue(e.getMessage().contains("amount"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ActivityEvent.of(ALICE, NOON, EventType.PURCHASE, Double.POSITIVE_INFINITY));
  }

  @Test
  void eventsWithTheSameFieldsAreEqual() {
    ActivityEvent a = ActivityEvent.about(ALICE, NOON, EventType.RATING, 4, FILM);
    ActivityEvent b = ActivityEvent.about(CustomerId.of("alice"), NOON, EventType.RATING, 4, FILM);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void eventsDifferingInAnyFieldAreNotEqual() {
    ActivityEvent base = ActivityEvent.about(ALICE, NOON, EventType.RATING, 4, FILM);

    assertNotEquals(
        base, ActivityEvent.about(CustomerId.of("bob"), NOON, EventType.RATING, 4, FILM));
    assertNotEquals(
        base, ActivityEvent.about(ALICE, NOON.plusSeconds(1), EventType.RATING, 4, FILM));
    assertNotEquals(base, ActivityEvent.about(ALICE, NOON, EventType.WATCH, 4, FILM));
    assertNotEquals(base, ActivityEvent.about(ALICE, NOON, EventType.RATING, 5, FILM));
    assertNotEquals(
        base, ActivityEvent.about(ALICE, NOON, EventType.RATING, 4, ContentId.of("s2")));
    assertNotEquals(base, ActivityEvent.of(ALICE, NOON, EventType.RATING, 4));
    assertNotEquals(base, (Object) "not an event");
  }

  @Test
  void printsItsFieldsAndTheTitleOnlyWhenThereIsOne() {
    assertEquals(
        "ActivityEvent[alice, 2024-03-01T12:00:00Z, LOGIN, 0.0]",
        ActivityEvent.of(ALICE, NOON, EventType.LOGIN, 0).toString());
    assertEquals(
        "ActivityEvent[alice, 2024-03-01T12:00:00Z, WATCH, 30.0, s1]",
        ActivityEvent.about(ALICE, NOON, EventType.WATCH, 30, FILM).toString());
  }
}
