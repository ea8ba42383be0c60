package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.contract.CatalogSourceContract;
import io.retention.core.domain.ContentItem;
import io.retention.core.port.out.CatalogSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MovieLensCatalogSourceTest extends CatalogSourceContract {

  static Path fixture(String name) {
    try {
      return Path.of(MovieLensCatalogSourceTest.class.getResource("/movielens/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected CatalogSource createSource() {
    return new MovieLensCatalogSource(
        fixture("movies.csv"), Optional.of(fixture("tags.csv")), CsvReadOptions.DEFAULTS);
  }

  private static List<ContentItem> read(CatalogSource source) {
    try (Stream<ContentItem> s = source.items()) {
      return s.toList();
    }
  }

  @Test
  void titlesLoseTheirYearGenresSplitAndTagsBecomeTheDescription() {
    List<ContentItem> items = read(createSource());
    assertEquals(3, items.size());
    ContentItem toy = items.get(0);
    assertEquals("Toy Story", toy.title());
    assertEquals(OptionalInt.of(1995), toy.releaseYear());
    assertEquals(List.of("Adventure", "Animation", "Children"), toy.genres());
    assertEquals("pixar fun", toy.description());
    assertTrue(items.get(1).title().startsWith("City of Lost Children, The (Cité"));
    assertEquals(List.of(), items.get(2).genres(), "(no genres listed)");
    assertEquals(OptionalInt.empty(), items.get(2).releaseYear());
  }

  @Test
  void tagsAreOptional() {
    List<ContentItem> items =
        read(
            new MovieLensCatalogSource(
                fixture("movies.csv"), Optional.empty(), CsvReadOptions.DEFAULTS));
    assertEquals("", items.get(0).description());
  }

  @Test
  void aDuplicateMovieIdIsReportedOnItsLine() {
    InvalidDataException e =
        assertThrows(
            InvalidDataException.class,
            () ->
                read(
                    new MovieLensCatalogSource(
                        fixture("duplicate.csv"), Optional.empty(), CsvReadOptions.DEFAULTS)));
    assertEquals(3, e.line());
    assertEquals("movieId", e.column());
  }
}
