package io.retention.examples.cli;

import io.retention.adapters.csv.CsvRecommendationWriter;
import io.retention.adapters.csv.CsvRowReader;
import io.retention.adapters.csv.CsvSegmentWriter;
import io.retention.core.InvalidDataException;
import io.retention.core.RetentionException;
import io.retention.core.domain.CustomerId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back the per-customer results that earlier subcommands wrote, for {@code plan}: the
 * segments of {@code segment} and the titles of {@code recommend}. The files are RFC 4180 CSV with
 * the header their writers give them.
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
    List<List<String>> rows = read(file, option, CsvSegmentWriter.HEADER);
    Map<CustomerId, String> out = new HashMap<>();
    for (List<String> row : rows) {
      out.put(new CustomerId(row.get(0)), row.get(2));
    }
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
    List<List<String>> rows = read(file, option, CsvRecommendationWriter.HEADER);
    Map<CustomerId, List<String>> out = new HashMap<>();
    for (List<String> row : rows) {
      // the writer keeps each customer's rows together, in rank order
      out.computeIfAbsent(new CustomerId(row.get(0)), k -> new ArrayList<>()).add(row.get(3));
    }
    return out;
  }

  /** The data rows of a CSV file whose header must be {@code header}. */
  static List<List<String>> read(Path file, String option, List<String> header) {
    CustomerInput.requireFile(file, option);
    List<List<String>> rows = new ArrayList<>();
    try (CsvRowReader in = CsvRowReader.open(file)) {
      if (!in.names().equals(header)) {
        throw new RetentionException(
            file + " (" + option + ") does not start with the header " + String.join(",", header));
      }
      for (List<String> row = in.next(); row != null; row = in.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (row.size() != header.size()) {
          throw new RetentionException(
              file
                  + " ("
                  + option
                  + "), record "
                  + (rows.size() + 2)
                  + ": "
                  + row.size()
                  + " fields, expected "
                  + header.size());
        }
        rows.add(row);
      }
    } catch (InvalidDataException e) {
      throw new RetentionException(
          e.getMessage().replace(file.toString(), file + " (" + option + ")"), e);
    }
    return rows;
  }
}
