package io.retention.examples.cli;

import io.retention.adapters.csv.ResultReader;
import io.retention.core.InvalidDataException;
import io.retention.core.RetentionException;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Recommendation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads back the per-customer results that earlier subcommands wrote, for {@code plan}: the
 * segments of {@code segment} and the titles of {@code recommend}, through the CSV adapter's {@link
 * ResultReader}, with the option that named the file in every message.
 */
final class ResultFiles {
  private ResultFiles() {}

  /**
   * Each customer's segment name, from a {@code segments.csv}.
   *
   * @param file the file
   * @param option the option that named it, for messages
   * @return segment names by customer
   * @throws RetentionException if the file is missing or is not a segments file
   */
  static Map<CustomerId, String> segments(Path file, String option) {
    Map<CustomerId, String> out = new LinkedHashMap<>();
    read(file, option, ResultReader::segments)
        .forEach((id, segment) -> out.put(id, segment.name()));
    return out;
  }

  /**
   * Each customer's recommended titles, best first, from a {@code recommendations.csv}.
   *
   * @param file the file
   * @param option the option that named it, for messages
   * @return titles by customer, in rank order
   * @throws RetentionException if the file is missing or is not a recommendations file
   */
  static Map<CustomerId, List<String>> titles(Path file, String option) {
    Map<CustomerId, List<String>> out = new LinkedHashMap<>();
    read(file, option, ResultReader::recommendations)
        .forEach((id, list) -> out.put(id, list.stream().map(Recommendation::title).toList()));
    return out;
  }

  /** Reads a result file, adding the option that named it to any data error. */
  private static <T> T read(Path file, String option, Function<Path, T> reader) {
    CustomerInput.requireFile(file, option);
    try {
      return reader.apply(file);
    } catch (InvalidDataException e) {
      throw new RetentionException(
          e.getMessage().replace(file.toString(), file + " (" + option + ")"), e);
    }
  }
}
