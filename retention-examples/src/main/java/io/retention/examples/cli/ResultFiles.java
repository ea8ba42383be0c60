package io.retention.examples.cli;

import io.retention.adapters.csv.CsvRecommendationWriter;
import io.retention.adapters.csv.CsvSegmentWriter;
import io.retention.core.RetentionException;
import io.retention.core.domain.CustomerId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RetentionException("cannot read " + file + " (" + option + "): " + e, e);
    }
    List<List<String>> records = parse(text, file, option);
    if (records.isEmpty() || !records.get(0).equals(header)) {
      throw new RetentionException(
          file + " (" + option + ") does not start with the header " + String.join(",", header));
    }
    List<List<String>> rows = records.subList(1, records.size());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw new RetentionException(
            file
                + " ("
                + option
                + "), record "
                + (i + 2)
                + ": "
                + rows.get(i).size()
                + " fields, expected "
                + header.size());
      }
    }
    return rows;
  }

  /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parse(String text, Path file, String option) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          record.add(field.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new RetentionException(file + " (" + option + ") ends inside a quoted field");
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
