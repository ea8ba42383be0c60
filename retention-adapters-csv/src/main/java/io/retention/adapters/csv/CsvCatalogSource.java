package io.retention.adapters.csv;

import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.port.out.CatalogSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a content catalog in the layout of Kaggle's {@code netflix_titles.csv}: {@code show_id,
 * type, title, director, cast, country, date_added, release_year, rating, duration, listed_in,
 * description}.
 *
 * <p>{@code show_id}, {@code type} and {@code title} are required columns; the others are read when
 * present and blank cells are unknown values. {@code type} is {@code Movie} or {@code TV Show};
 * {@code director}, {@code cast}, {@code country} and {@code listed_in} (the genres) are
 * comma-separated lists; {@code date_added} reads as {@code September 25, 2021} (surrounding spaces
 * ignored); {@code duration} is {@code 90 min} for a movie or {@code 1 Season}/{@code 2 Seasons}
 * for a TV show. A duration found in the rating column with a blank duration column (three rows of
 * the public file) is moved to the duration. Rows are rejected, under the options' {@link
 * BadRowPolicy}, for a blank or repeated id, a blank title, an unknown type, an unreadable date,
 * year or duration, or a duration that does not fit the type.
 */
public final class CsvCatalogSource implements CatalogSource {
  /** The id column. */
  public static final String ID = "show_id";

  /** The type column. */
  public static final String TYPE = "type";

  /** The title column. */
  public static final String TITLE = "title";

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern MINUTES = Pattern.compile("(\\d+) min");
  private static final Pattern SEASONS = Pattern.compile("(\\d+) Seasons?");

  private final Path file;
  private final CsvReadOptions options;

  /**
   * Creates a fail-fast source over a UTF-8 file.
   *
   * @param file the catalog file
   */
  public CsvCatalogSource(Path file) {
    this(file, CsvReadOptions.DEFAULTS);
  }

  /**
   * Creates a source.
   *
   * @param file the catalog file
   * @param options character set, bad-row policy and report listener
   */
  public CsvCatalogSource(Path file, CsvReadOptions options) {
    this.file = Objects.requireNonNull(file, "file");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Stream<ContentItem> items() {
    return CsvTable.stream(file, options, Delimiter.COMMA, CsvCatalogSource::bind);
  }

  private static int optional(CsvTable.Header header, String name) {
    return header.names().indexOf(name);
  }

  private static CsvTable.RowMapper<ContentItem> bind(CsvTable.Header header) {
    int id = header.index(ID);
    int type = header.index(TYPE);
    int title = header.index(TITLE);
    int director = optional(header, "director");
    int cast = optional(header, "cast");
    int country = optional(header, "country");
    int dateAdded = optional(header, "date_added");
    int releaseYear = optional(header, "release_year");
    int rating = optional(header, "rating");
    int duration = optional(header, "duration");
    int genres = optional(header, "listed_in");
    int description = optional(header, "description");
    IdSet seen = new IdSet();
    return row -> {
      String showId = row.get(id).trim();
      if (showId.isEmpty()) {
        throw row.reject(ID, row.get(id), "the title id is blank");
      }
      String name = row.get(title).trim();
      if (name.isEmpty()) {
        throw row.reject(TITLE, row.get(title), "the title is blank");
      }
      ContentType kind = type(row, row.get(type).trim());
      ContentItem.Builder b = ContentItem.builder(showId, name, kind);
      b.directors(list(cell(row, director)));
      b.cast(list(cell(row, cast)));
      b.countries(list(cell(row, country)));
      b.genres(list(cell(row, genres)));
      b.description(cell(row, description));
      String added = cell(row, dateAdded);
      if (!added.isEmpty()) {
        try {
          b.dateAdded(LocalDate.parse(added, DATE_ADDED));
        } catch (DateTimeParseException e) {
          throw row.reject("date_added", added, "not a date like 'September 25, 2021'");
        }
      }
      String year = cell(row, releaseYear);
      String ratingText = cell(row, rating);
      String durationText = cell(row, duration);
      if (MINUTES.matcher(ratingText).matches()) {
        if (!durationText.isEmpty()) {
          throw row.reject(
              "rating",
              ratingText,
              "a duration in the rating column and another in the duration column");
        }
        durationText = ratingText;
        ratingText = "";
      }
      if (!ratingText.isEmpty()) {
        b.maturityRating(ratingText);
      }
      try {
        if (!year.isEmpty()) {
          b.releaseYear(Numbers.parseInt(row, "release_year", year));
        }
        duration(row, kind, durationText, b);
        ContentItem item = b.build();
        if (!seen.add(showId)) {
          throw row.reject(ID, showId, "duplicate title id");
        }
        return item;
      } catch (IllegalArgumentException e) {
        throw row.reject("", "", e.getMessage());
      }
    };
  }

  private static String cell(CsvTable.Row row, int index) {
    return index < 0 ? "" : row.get(index).trim();
  }

  private static ContentType type(CsvTable.Row row, String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "movie" -> ContentType.MOVIE;
      case "tv show", "tv_show" -> ContentType.TV_SHOW;
      default -> throw row.reject(TYPE, raw, "not a title type; expected 'Movie' or 'TV Show'");
    };
  }

  private static void duration(
      CsvTable.Row row, ContentType kind, String text, ContentItem.Builder b) {
    if (text.isEmpty()) {
      return;
    }
    Matcher minutes = MINUTES.matcher(text);
    Matcher seasons = SEASONS.matcher(text);
    if (minutes.matches() && kind == ContentType.MOVIE) {
      b.durationMinutes(Numbers.parseInt(row, "duration", minutes.group(1)));
    } else if (seasons.matches() && kind == ContentType.TV_SHOW) {
      b.seasons(Numbers.parseInt(row, "duration", seasons.group(1)));
    } else {
      throw row.reject(
          "duration",
          text,
          kind == ContentType.MOVIE
              ? "not a movie duration like '90 min'"
              : "not a number of seasons like '2 Seasons'");
    }
  }

  /** Splits a comma-separated list, dropping blanks. */
  static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split(",", -1)) {
      String v = part.trim();
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "CsvCatalogSource[" + file + "]";
  }
}
