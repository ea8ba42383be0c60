package io.retention.adapters.csv;

import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.port.out.CatalogSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a MovieLens catalog: {@code movies.csv} ({@code movieId,title,genres}, genres separated by
 * "|", "(no genres listed)" for none, the release year in parentheses at the end of the title) and,
 * optionally, {@code tags.csv} ({@code userId,movieId,tag,timestamp}), whose free-text tags become
 * the title's description, so a content model sees them. Every title is a movie.
 */
public final class MovieLensCatalogSource implements CatalogSource {
  private static final Pattern YEAR = Pattern.compile("^(.*\\S)\\s*\\((\\d{4})\\)\\s*$");
  private static final String NO_GENRES = "(no genres listed)";

  private final Path movies;
  private final Optional<Path> tags;
  private final CsvReadOptions options;

  /**
   * Creates a source.
   *
   * @param movies the {@code movies.csv} file
   * @param tags the {@code tags.csv} file, or empty to read titles and genres only
   * @param options charset and bad-row policy
   */
  public MovieLensCatalogSource(Path movies, Optional<Path> tags, CsvReadOptions options) {
    this.movies = Objects.requireNonNull(movies, "movies");
    this.tags = Objects.requireNonNull(tags, "tags");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Stream<ContentItem> items() {
    Map<String, List<String>> tagsByMovie = new HashMap<>();
    tags.ifPresent(
        file -> {
          try (Stream<String[]> rows =
              CsvTable.stream(file, options, Delimiter.COMMA, MovieLensCatalogSource::bindTags)) {
            rows.forEach(r -> tagsByMovie.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
          }
        });
    return CsvTable.stream(
        movies, options, Delimiter.COMMA, header -> bindMovies(header, tagsByMovie));
  }

  private static CsvTable.RowMapper<String[]> bindTags(CsvTable.Header header) {
    int movie = header.index("movieId");
    int tag = header.index("tag");
    return row -> {
      String id = row.get(movie).trim();
      if (id.isEmpty()) {
        throw row.reject("movieId", row.get(movie), "the movie id is blank");
      }
      return new String[] {id, row.get(tag).trim()};
    };
  }

  private static CsvTable.RowMapper<ContentItem> bindMovies(
      CsvTable.Header header, Map<String, List<String>> tagsByMovie) {
    int id = header.index("movieId");
    int title = header.index("title");
    int genres = header.index("genres");
    IdSet seen = new IdSet();
    return row -> {
      String movieId = row.get(id).trim();
      if (movieId.isEmpty()) {
        throw row.reject("movieId", row.get(id), "the movie id is blank");
      }
      if (!seen.add(movieId)) {
        throw row.reject("movieId", movieId, "duplicate movie id");
      }
      String name = row.get(title).trim();
      if (name.isEmpty()) {
        throw row.reject("title", row.get(title), "the title is blank");
      }
      Matcher m = YEAR.matcher(name);
      ContentItem.Builder b =
          ContentItem.builder(movieId, m.matches() ? m.group(1) : name, ContentType.MOVIE);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(2));
        if (year >= 1800 && year <= 3000) {
          b.releaseYear(year);
        }
      }
      String g = row.get(genres).trim();
      if (!g.isEmpty() && !g.equals(NO_GENRES)) {
        b.genres(List.of(g.split("\\|")));
      }
      b.description(String.join(" ", tagsByMovie.getOrDefault(movieId, List.of())));
      return b.build();
    };
  }
}
