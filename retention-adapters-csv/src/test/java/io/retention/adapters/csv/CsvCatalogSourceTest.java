package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.contract.CatalogSourceContract;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.port.out.CatalogSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCatalogSourceTest extends CatalogSourceContract {

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(CsvCatalogSourceTest.class.getResource("/catalog/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ContentItem> read(Path file, CsvReadOptions options) {
    try (Stream<ContentItem> s = new CsvCatalogSource(file, options).items()) {
      return s.toList();
    }
  }

  private static List<ContentItem> titles() {
    return read(fixture("titles.csv"), CsvReadOptions.DEFAULTS);
  }

  @Override
  protected CatalogSource createSource() {
    return new CsvCatalogSource(fixture("titles.csv"));
  }

  @Test
  void aMovieIsReadWithEveryField() {
    ContentItem s1 = titles().get(0);
    assertEquals(
        ContentItem.builder("s1", "Dick Johnson Is Dead", ContentType.MOVIE)
            .directors(List.of("Kirsten Johnson"))
            .countries(List.of("United States"))
            .dateAdded(LocalDate.of(2021, 9, 25))
            .releaseYear(2020)
            .maturityRating("PG-13")
            .durationMinutes(90)
            .genres(List.of("Documentaries"))
            .description("As her father nears the end of his life, a filmmaker stages his death.")
            .build(),
        s1);
  }

  @Test
  void multiValuedFieldsSplitOnCommasAndQuotedNewlinesStayInTheField() {
    ContentItem s2 = titles().get(1);
    assertEquals(ContentType.TV_SHOW, s2.type());
    assertEquals(OptionalInt.of(2), s2.seasons());
    assertEquals(List.of("Ama Qamata", "Khosi Ngema"), s2.cast());
    assertEquals(List.of("International TV Shows", "TV Dramas", "TV Mysteries"), s2.genres());
    assertEquals("A Cape Town teen sets out\nto prove something.", s2.description());
    assertEquals(OptionalInt.of(1), titles().get(2).seasons(), "'1 Season' is singular");
  }

  @Test
  void aDurationInTheRatingColumnMovesToTheDuration() {
    ContentItem s4 = titles().get(3);
    assertEquals(OptionalInt.of(74), s4.durationMinutes());
    assertEquals(Optional.empty(), s4.maturityRating());
  }

  @Test
  void blanksAreUnknownAndNonAsciiTextIsKept() {
    ContentItem s5 = titles().get(4);
    assertEquals("Amélie à São Paulo", s5.title());
    assertEquals(List.of("France", "Brazil"), s5.countries());
    assertEquals(Optional.empty(), s5.dateAdded());
    assertEquals(OptionalInt.of(2001), s5.releaseYear());
    assertEquals(Optional.empty(), s5.maturityRating());
    assertEquals(OptionalInt.empty(), s5.durationMinutes());
    assertEquals("Élan and ñ and 東京.", s5.description());
    ContentItem s6 = titles().get(5);
    assertEquals(Optional.of(LocalDate.of(2017, 8, 4)), s6.dateAdded(), "leading space ignored");
    assertEquals(List.of(), s6.directors());
    assertEquals("", s6.description());
  }

  @Test
  void everyBadRowIsQuarantinedWithItsReason() throws IOException {
    Path file = Files.copy(fixture("bad-titles.csv"), dir.resolve("bad-titles.csv"));
    List<ReadReport> reports = new ArrayList<>();
    List<ContentItem> items =
        read(
            file,
            CsvReadOptions.DEFAULTS.withPolicy(BadRowPolicy.QUARANTINE).withListener(reports::add));
    assertEquals(List.of("s1", "s10"), items.stream().map(i -> i.id().value()).toList());
    assertEquals(new ReadReport(file.toString(), 11, 2, 9, true), reports.get(0));
    List<String> reasons = new ArrayList<>();
    try (CSVParser p =
        CSVParser.parse(
            CsvReadOptions.rejectedFileFor(file),
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord r : p) {
        reasons.add(r.get("rejected_column") + ": " + r.get("rejected_reason"));
      }
    }
    assertEquals(
        List.of(
            "type: not a title type; expected 'Movie' or 'TV Show'",
            "date_added: not a date like 'September 25, 2021'",
            "duration: not a movie duration like '90 min'",
            "duration: not a number of seasons like '2 Seasons'",
            ": release year must lie in [1800, 3000], got 0",
            "rating: a duration in the rating column and another in the duration column",
            "show_id: duplicate title id",
            "title: the title is blank",
            ": duration must be positive, got 0"),
        reasons);
  }

  @Test
  void failFastStopsAtTheFirstBadTitle() {
    InvalidDataException e =
        assertThrows(
            InvalidDataException.class,
            () -> read(fixture("bad-titles.csv"), CsvReadOptions.DEFAULTS));
    assertEquals(3, e.line());
    assertEquals("Podcast", e.value());
  }

  @Test
  void onlyIdTypeAndTitleAreRequired() throws IOException {
    Path file = Files.writeString(dir.resolve("min.csv"), "title,show_id,type\nX,1,Movie\n");
    assertEquals(
        ContentItem.builder("1", "X", ContentType.MOVIE).build(),
        read(file, CsvReadOptions.DEFAULTS).get(0));
    Path missing = Files.writeString(dir.resolve("no-type.csv"), "title,show_id,kind\nX,1,Movie\n");
    InvalidDataException e =
        assertThrows(InvalidDataException.class, () -> read(missing, CsvReadOptions.DEFAULTS));
    assertEquals("type", e.column());
    assertTrue(e.reason().contains("headers found: [title, show_id, kind]"), e.reason());
  }

  @Test
  void blankIdsAreRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("b.csv"), "show_id,type,title\n ,Movie,X\n");
    assertEquals(
        "the title id is blank",
        assertThrows(InvalidDataException.class, () -> read(file, CsvReadOptions.DEFAULTS))
            .reason());
  }

  @Test
  void listsDropBlankItems() {
    assertEquals(List.of("a", "b"), CsvCatalogSource.list(" a, ,b,"));
    assertEquals(List.of(), CsvCatalogSource.list(""));
  }
}
