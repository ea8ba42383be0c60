package io.retention.adapters.csv;

import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a catalog in the layout of the public {@code netflix_titles.csv} file, which {@link
 * CsvCatalogSource} reads back: {@code show_id, type, title, director, cast, country, date_added,
 * release_year, rating, duration, listed_in, description}. Lists are joined with {@code ", "};
 * durations read {@code 90 min}, {@code 1 Season} or {@code 3 Seasons}; unknown fields are blank.
 * Titles are written as the stream yields them, in constant memory; the file appears atomically.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class CsvCatalogWriter {
  /** The columns of {@code netflix_titles.csv}, in its order. */
  public static final List<String> HEADER =
      List.of(
          CsvCatalogSource.ID,
          CsvCatalogSource.TYPE,
          CsvCatalogSource.TITLE,
          "director",
          "cast",
          "country",
          "date_added",
          "release_year",
          "rating",
          "duration",
          "listed_in",
          "description");

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  /** A writer; it holds no state. */
  public CsvCatalogWriter() {
    // Nothing to configure: the layout is fixed.
  }

  /**
   * Writes titles, replacing the file.
   *
   * @param file the target file; its folder is created if needed
   * @param items the titles; the stream is consumed but not closed
   * @return how many titles were written
   * @throws IllegalArgumentException if a list entry (genre, cast member, director, country)
   *     contains a comma, which the layout cannot represent
   * @throws io.retention.core.RetentionException if the file cannot be written
   */
  public long write(Path file, Stream<ContentItem> items) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(items, "items");
    long[] written = {0};
    Iterator<ContentItem> it = items.iterator();
    TableWriter.write(
        file,
        HEADER,
        // A data file, read back by the sources exactly as written.
        CellEscaping.RAW,
        out -> {
          while (it.hasNext()) {
            out.row(cells(it.next()));
            written[0]++;
          }
        });
    return written[0];
  }

  private static String[] cells(ContentItem item) {
    String duration =
        item.type() == ContentType.MOVIE
            ? item.durationMinutes().stream().mapToObj(m -> m + " min").findFirst().orElse("")
            : item.seasons().stream()
                .mapToObj(s -> s + (s == 1 ? " Season" : " Seasons"))
                .findFirst()
                .orElse("");
    return new String[] {
      item.id().value(),
      item.type() == ContentType.MOVIE ? "Movie" : "TV Show",
      item.title(),
      join(item.directors()),
      join(item.cast()),
      join(item.countries()),
      item.dateAdded().map(DATE_ADDED::format).orElse(""),
      item.releaseYear().stream().mapToObj(Integer::toString).findFirst().orElse(""),
      item.maturityRating().orElse(""),
      duration,
      join(item.genres()),
      item.description()
    };
  }

  private static String join(List<String> values) {
    for (String v : values) {
      if (v.indexOf(',') >= 0) {
        throw new IllegalArgumentException("a list entry cannot contain a comma: '" + v + "'");
      }
    }
    return String.join(", ", values);
  }

  @Override
  public String toString() {
    return "CsvCatalogWriter[netflix_titles]";
  }
}
