package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCatalogWriterTest {
  @TempDir Path dir;

  private static List<ContentItem> read(Path file, List<ReadReport> reports) {
    try (Stream<ContentItem> s =
        new CsvCatalogSource(file, CsvReadOptions.DEFAULTS.withListener(reports::add)).items()) {
      return s.toList();
    }
  }

  @Test
  void thePublicFixtureSurvivesAWriteAndReadUnchanged() {
    List<ContentItem> original;
    try (Stream<ContentItem> s =
        new CsvCatalogSource(CsvCatalogSourceTest.fixture("titles.csv")).items()) {
      original = s.toList();
    }
    Path file = dir.resolve("titles.csv");

    long written = new CsvCatalogWriter().write(file, original.stream());

    List<ReadReport> reports = new ArrayList<>();
    assertEquals(original, read(file, reports));
    assertEquals(original.size(), written);
    assertEquals(0, reports.get(0).rejected());
  }

  @Test
  void durationsAndDatesAreWrittenInTheNetflixStyle() throws IOException {
    ContentItem show =
        ContentItem.builder("t1", "One, Two", ContentType.TV_SHOW)
            .seasons(1)
            .genres(List.of("TV Dramas", "TV Comedies"))
            .dateAdded(LocalDate.of(2021, 9, 5))
            .description("A \"quoted\" plot, with commas")
            .build();
    ContentItem movie =
        ContentItem.builder("t2", "Film", ContentType.MOVIE).durationMinutes(95).build();
    Path file = dir.resolve("titles.csv");

    new CsvCatalogWriter().write(file, Stream.of(show, movie));

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith(String.join(",", CsvCatalogWriter.HEADER)), text);
    assertTrue(text.contains("\"September 5, 2021\",,,1 Season,\"TV Dramas, TV Comedies\""), text);
    assertTrue(text.contains("t2,Movie,Film,,,,,,,95 min,,"), text);
    assertEquals(List.of(show, movie), read(file, new ArrayList<>()));
  }

  @Test
  void aListEntryWithACommaIsRefusedBecauseItWouldReadBackAsTwo() {
    ContentItem item =
        ContentItem.builder("t1", "X", ContentType.MOVIE).cast(List.of("Doe, Jane")).build();
    CsvCatalogWriter writer = new CsvCatalogWriter();
    Path file = dir.resolve("titles.csv");
    assertThrows(IllegalArgumentException.class, () -> writer.write(file, Stream.of(item)));
  }
}
