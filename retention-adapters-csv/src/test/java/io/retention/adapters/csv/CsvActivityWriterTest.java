package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvActivityWriterTest {
  private static final CustomerId C1 = CustomerId.of("c1");
  private static final Instant T = Instant.parse("2024-03-01T10:15:30Z");

  @TempDir Path dir;

  private static List<ActivityEvent> read(
      Path file, ActivityCsvMapping mapping, List<ReadReport> reports) {
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(file, mapping, CsvReadOptions.DEFAULTS.withListener(reports::add))
            .events()) {
      return s.toList();
    }
  }

  @Test
  void standardEventsReadBackEqualWithNoRejectedRow() {
    List<ActivityEvent> events =
        List.of(
            ActivityEvent.about(C1, T, EventType.WATCH, 42.5, ContentId.of("s1")),
            ActivityEvent.of(C1, T.plusSeconds(60), EventType.LOGIN, 0.0),
            ActivityEvent.of(CustomerId.of("c2"), T, EventType.PAYMENT, 13.99));
    Path file = dir.resolve("watch_events.csv");

    long written = new CsvActivityWriter(ActivityCsvMapping.STANDARD).write(file, events.stream());

    List<ReadReport> reports = new ArrayList<>();
    assertEquals(events, read(file, ActivityCsvMapping.STANDARD, reports));
    assertEquals(3, written);
    assertEquals(0, reports.get(0).rejected());
  }

  @Test
  void unixSecondsAndCompactDatesRoundTrip() {
    ActivityCsvMapping unix = ActivityCsvMapping.MOVIELENS_RATINGS;
    ActivityEvent rating = ActivityEvent.about(C1, T, EventType.RATING, 4.0, ContentId.of("7"));
    Path a = dir.resolve("ratings.csv");
    new CsvActivityWriter(unix).write(a, Stream.of(rating));
    assertEquals(List.of(rating), read(a, unix, new ArrayList<>()));

    ActivityCsvMapping compact = ActivityCsvMapping.CDNOW.withDelimiter(Delimiter.COMMA);
    ActivityEvent purchase =
        ActivityEvent.of(C1, Instant.parse("1997-01-01T00:00:00Z"), EventType.PURCHASE, 29.33);
    Path b = dir.resolve("purchases.csv");
    new CsvActivityWriter(compact).write(b, Stream.of(purchase));
    assertEquals(List.of(purchase), read(b, compact, new ArrayList<>()));
  }

  @Test
  void eventsTheLayoutCannotHoldAreRefused() {
    CsvActivityWriter purchases =
        new CsvActivityWriter(ActivityCsvMapping.CDNOW.withDelimiter(Delimiter.COMMA));
    Path file = dir.resolve("x.csv");
    ActivityEvent watch =
        ActivityEvent.of(C1, Instant.parse("1997-01-01T00:00:00Z"), EventType.WATCH, 1);
    ActivityEvent midday = ActivityEvent.of(C1, T, EventType.PURCHASE, 1);
    ActivityEvent titled =
        ActivityEvent.about(
            C1, Instant.parse("1997-01-01T00:00:00Z"), EventType.PURCHASE, 1, ContentId.of("s"));
    assertThrows(IllegalArgumentException.class, () -> purchases.write(file, Stream.of(watch)));
    assertThrows(IllegalArgumentException.class, () -> purchases.write(file, Stream.of(midday)));
    assertThrows(IllegalArgumentException.class, () -> purchases.write(file, Stream.of(titled)));
    assertThrows(
        IllegalArgumentException.class, () -> new CsvActivityWriter(ActivityCsvMapping.CDNOW));
  }
}
