package io.retention.adapters.csv;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Segment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes each customer's segment, one row per customer in id order, with the columns {@link
 * #HEADER}. The file is replaced atomically. A caller that streams customers writes the same
 * columns row by row with {@link CsvRowWriter}. {@link ResultReader#segments} reads it back.
 */
public final class CsvSegmentWriter {
  /** The customer id column. */
  public static final String CUSTOMER_ID = "customer_id";

  /** The segment number column. */
  public static final String SEGMENT_ID = "segment_id";

  /** The segment name column. */
  public static final String SEGMENT_NAME = "segment_name";

  /** The columns, in order. */
  public static final List<String> HEADER = List.of(CUSTOMER_ID, SEGMENT_ID, SEGMENT_NAME);

  private final Path file;

  /**
   * Creates a writer.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvSegmentWriter(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Writes the segments.
   *
   * @param segments each customer's segment
   * @throws io.retention.core.RetentionException if the file cannot be written
   */
  public void write(Map<CustomerId, Segment> segments) {
    Map<CustomerId, Segment> sorted = new TreeMap<>(segments);
    TableWriter.write(
        file,
        HEADER,
        out -> {
          for (Map.Entry<CustomerId, Segment> e : sorted.entrySet()) {
            out.row(
                e.getKey().value(), Integer.toString(e.getValue().index()), e.getValue().name());
          }
        });
  }
}
