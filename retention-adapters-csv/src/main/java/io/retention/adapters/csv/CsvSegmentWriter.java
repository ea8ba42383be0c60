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
  private final CellEscaping cells;

  /**
   * Creates a writer.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvSegmentWriter(Path file) {
    this(file, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Creates the writer with a choice of cell escaping.
   *
   * @param file the file to write
   * @param cells how text cells are written ({@link CellEscaping#RAW} for raw values)
   */
  public CsvSegmentWriter(Path file, CellEscaping cells) {
    this.file = Objects.requireNonNull(file, "file");
    this.cells = Objects.requireNonNull(cells, "cells");
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
        cells,
        out -> {
          for (Map.Entry<CustomerId, Segment> e : sorted.entrySet()) {
            out.row(
                e.getKey().value(), Integer.toString(e.getValue().index()), e.getValue().name());
          }
        });
  }
}
