package io.retention.features;

import static io.retention.features.ActivityAggregatorTest.A;
import static io.retention.features.ActivityAggregatorTest.B;
import static io.retention.features.ActivityAggregatorTest.buy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnchoredChurnLabelsTest {

  private static final Instant SNAPSHOT = Instant.parse("2024-03-31T23:59:59Z");
  private static final AnchoredChurnLabels NINETY_DAYS =
      new AnchoredChurnLabels(
          SNAPSHOT, SNAPSHOT.plusSeconds(90L * 86_400), EnumSet.of(EventType.PURCHASE));

  @Test
  void customersSilentAfterTheSnapshotChurnAndActiveOnesStay() {
    CustomerId c = CustomerId.of("c");
    Map<CustomerId, ChurnLabel> labels =
        NINETY_DAYS.label(
            List.of(
                buy(A, "2024-01-05", 1),
                buy(A, "2024-05-01", 1),
                buy(B, "2024-02-01", 1),
                buy(B, "2024-08-01", 1), // after the horizon: B still churned
                buy(c, "2024-04-10", 1)) // first active after the snapshot: no label
                .stream());
    assertEquals(Map.of(A, ChurnLabel.RETAINED, B, ChurnLabel.CHURNED), labels);
    assertEquals(0.5, AnchoredChurnLabels.churnRate(labels), 0.0);
  }

  @Test
  void onlyQualifyingEventsCount() {
    ActivityEvent login =
        ActivityEvent.of(A, Instant.parse("2024-04-10T00:00:00Z"), EventType.LOGIN, 0);
    Map<CustomerId, ChurnLabel> labels =
        NINETY_DAYS.label(List.of(buy(A, "2024-01-05", 1), login).stream());
    assertEquals(ChurnLabel.CHURNED, labels.get(A), "a login is not a purchase");
  }

  @Test
  void anEventExactlyAtTheSnapshotIsBeforeItAndOneAtTheHorizonEndIsInside() {
    Map<CustomerId, ChurnLabel> labels =
        NINETY_DAYS.label(
            List.of(
                ActivityEvent.of(A, SNAPSHOT, EventType.PURCHASE, 1),
                ActivityEvent.of(A, NINETY_DAYS.horizonEnd(), EventType.PURCHASE, 1))
                .stream());
    assertEquals(ChurnLabel.RETAINED, labels.get(A));
  }

  @Test
  void noEventsGiveNoLabelsAndAnUndefinedRate() {
    assertTrue(NINETY_DAYS.label(List.<ActivityEvent>of().stream()).isEmpty());
    assertTrue(Double.isNaN(AnchoredChurnLabels.churnRate(Map.of())));
  }

  @Test
  void aHorizonMustEndAfterTheSnapshot() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AnchoredChurnLabels(SNAPSHOT, SNAPSHOT, EnumSet.of(EventType.PURCHASE)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AnchoredChurnLabels(
                SNAPSHOT, SNAPSHOT.plusSeconds(1), EnumSet.noneOf(EventType.class)));
  }
}
