package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.contract.ActivitySourceContract;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import io.retention.core.port.out.ActivitySource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvActivitySourceTest extends ActivitySourceContract {

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(CsvActivitySourceTest.class.getResource("/activity/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ActivityEvent> read(Path file, ActivityCsvMapping mapping) {
    try (Stream<ActivityEvent> s = new CsvActivitySource(file, mapping).events()) {
      return s.toList();
    }
  }

  private static CustomerId c(String id) {
    return CustomerId.of(id);
  }

  @Override
  protected ActivitySource createSource() {
    return new CsvActivitySource(fixture("events.csv"), ActivityCsvMapping.STANDARD);
  }

  @Test
  void isoDatesLocalDateTimesAndOffsetsAreRead() {
    assertEquals(
        List.of(
            ActivityEvent.about(
                c("c1"),
                Instant.parse("2021-09-25T00:00:00Z"),
                EventType.WATCH,
                90,
                ContentId.of("s1")),
            ActivityEvent.of(c("c1"), Instant.parse("2021-09-26T10:15:30Z"), EventType.LOGIN, 0),
            ActivityEvent.of(
                c("c2"), Instant.parse("2021-09-26T08:15:30Z"), EventType.PURCHASE, 9.99),
            ActivityEvent.about(
                c("c2"),
                Instant.parse("2021-09-27T00:00:00Z"),
                EventType.RATING,
                4.5,
                ContentId.of("s2"))),
        read(fixture("events.csv"), ActivityCsvMapping.STANDARD));
  }

  @Test
  void tabSeparatedFilesAreRead() {
    List<ActivityEvent> events =
        read(fixture("events.tsv"), ActivityCsvMapping.STANDARD.withDelimiter(Delimiter.TAB));
    assertEquals(2, events.size());
    assertEquals(ContentId.of("s 2"), events.get(1).content().orElseThrow());
  }

  @Test
  void cdnowIsReadAsPurchasesWithLeadingZerosAndCompactDates() {
    List<ActivityEvent> events = read(fixture("cdnow-sample.txt"), ActivityCsvMapping.CDNOW);
    assertEquals(5, events.size());
    assertEquals(
        ActivityEvent.of(
            c("00001"), Instant.parse("1997-01-01T00:00:00Z"), EventType.PURCHASE, 11.77),
        events.get(0));
    assertEquals(0.0, events.get(4).amount());
  }

  @Test
  void movieLensRatingsAreRatingEventsAboutMovies() {
    List<ActivityEvent> events =
        read(fixture("ratings-sample.csv"), ActivityCsvMapping.MOVIELENS_RATINGS);
    assertEquals(
        ActivityEvent.about(
            c("2"), Instant.ofEpochSecond(1445714835L), EventType.RATING, 0.5, ContentId.of("318")),
        events.get(2));
  }

  @Test
  void everyBadEventIsQuarantinedWithItsReason() throws IOException {
    Path file = Files.copy(fixture("bad-events.csv"), dir.resolve("bad-events.csv"));
    List<ReadReport> reports = new ArrayList<>();
    CsvReadOptions options =
        CsvReadOptions.DEFAULTS.withPolicy(BadRowPolicy.QUARANTINE).withListener(reports::add);
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(file, ActivityCsvMapping.STANDARD, options).events()) {
      assertEquals(List.of(c("c1"), c("c9")), s.map(ActivityEvent::customer).toList());
    }
    assertEquals(new ReadReport(file.toString(), 10, 2, 8, true), reports.get(0));
    List<String> reasons = new ArrayList<>();
    try (CSVParser p =
        CSVParser.parse(
            CsvReadOptions.rejectedFileFor(file),
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord r : p) {
        reasons.add(
            r.get("rejected_line")
                + " "
                + r.get("rejected_column")
                + ": "
                + r.get("rejected_reason"));
      }
    }
    assertEquals(
        List.of(
            "3 customer_id: the customer id is blank",
            "4 timestamp: not a timestamp in the ISO format",
            "5 type: not an event type; expected one of [WATCH, PURCHASE, LOGIN, RATING, PAYMENT]",
            "6 amount: blank amount",
            "7 amount: not a finite number",
            "8 amount: not a number",
            "9 timestamp: not a timestamp in the ISO format",
            "10 timestamp: not a timestamp in the ISO format"),
        reasons);
  }

  @Test
  void badCompactDatesAndUnixSecondsAreRejected() throws IOException {
    Path cdnow =
        Files.writeString(dir.resolve("c.txt"), "customer_id date dollar_value\n1 19970231 1\n");
    InvalidDataException e =
        assertThrows(InvalidDataException.class, () -> read(cdnow, ActivityCsvMapping.CDNOW));
    assertEquals("19970231", e.value());
    Path ml =
        Files.writeString(dir.resolve("r.csv"), "userId,movieId,rating,timestamp\n1,1,4,soon\n");
    assertEquals(
        "not a timestamp in the UNIX_SECONDS format",
        assertThrows(
                InvalidDataException.class, () -> read(ml, ActivityCsvMapping.MOVIELENS_RATINGS))
            .reason());
  }

  @Test
  void presetsAreFoundByName() {
    assertEquals(ActivityCsvMapping.CDNOW, ActivityCsvMapping.preset("CDNOW"));
    assertEquals(ActivityCsvMapping.MOVIELENS_RATINGS, ActivityCsvMapping.preset("movielens"));
    assertEquals(ActivityCsvMapping.STANDARD, ActivityCsvMapping.preset("standard"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ActivityCsvMapping.preset("x"))
            .getMessage()
            .contains("cdnow"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ActivityCsvMapping(
                " ", "t", TimestampFormat.ISO, "", EventType.WATCH, "", "", Delimiter.COMMA));
  }

  @Test
  void aLongFileIsStreamedToTheEnd() throws IOException {
    Path file = dir.resolve("many.csv");
    int rows = 50_000;
    try (var w = Files.newBufferedWriter(file)) {
      w.write("userId,movieId,rating,timestamp\n");
      for (int i = 0; i < rows; i++) {
        w.write(i + ",7,3.5," + (964982703L + i) + "\n");
      }
    }
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(file, ActivityCsvMapping.MOVIELENS_RATINGS).events()) {
      assertEquals(rows, s.count());
    }
  }
}
