package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.port.out.ActivitySource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link ActivitySource} promises. */
public abstract class ActivitySourceContract {

  /**
   * The source under test; it must yield at least one event.
   *
   * @return a fresh source
   */
  protected abstract ActivitySource createSource();

  private static List<ActivityEvent> readAll(ActivitySource source) {
    try (Stream<ActivityEvent> events = source.events()) {
      return events.toList();
    }
  }

  @Test
  void yieldsAtLeastOneEvent() {
    assertFalse(readAll(createSource()).isEmpty());
  }

  @Test
  void everyPassYieldsTheSameEventsInTheSameOrder() {
    ActivitySource source = createSource();
    assertEquals(readAll(source), readAll(source));
  }

  @Test
  void amountsAreFinite() {
    for (ActivityEvent e : readAll(createSource())) {
      assertTrue(Double.isFinite(e.amount()), e::toString);
    }
  }

  @Test
  void aStreamCanBeClosedBeforeItIsExhausted() {
    ActivitySource source = createSource();
    try (Stream<ActivityEvent> events = source.events()) {
      assertTrue(events.findFirst().isPresent());
    }
    assertFalse(readAll(source).isEmpty());
  }
}
