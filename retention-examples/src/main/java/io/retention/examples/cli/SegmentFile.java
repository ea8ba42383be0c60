package io.retention.examples.cli;

import io.retention.core.RetentionException;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Segment;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code segments.csv}: one row per customer, in id order, with the columns {@link #HEADER}.
 * RFC 4180 quoting, CRLF line ends; the file is replaced atomically.
 */
final class SegmentFile {
  /** The columns, in order. */
  static final List<String> HEADER = List.of("customer_id", "segment_id", "segment");

  private SegmentFile() {}

  /**
   * Writes the segment of every customer.
   *
   * @param file the file
   * @param segments each customer's segment
   * @throws RetentionException if the file cannot be written
   */
  static void write(Path file, Map<CustomerId, Segment> segments) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".segments", ".tmp");
      try {
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          w.write(String.join(",", HEADER) + "\r\n");
          for (Map.Entry<CustomerId, Segment> e : new TreeMap<>(segments).entrySet()) {
            w.write(
                cell(e.getKey().value())
                    + ","
                    + e.getValue().index()
                    + ","
                    + cell(e.getValue().name())
                    + "\r\n");
          }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new RetentionException("cannot write " + file + ": " + e, e);
    }
  }

  /** A cell, quoted when it holds a comma, a quote or a line break. */
  static String cell(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
