package io.retention.adapters.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes named metrics as {@code name,value} rows in name order, values as the shortest text that
 * reads back to the same double ({@code NaN} for an undefined metric). The file is replaced
 * atomically.
 */
public final class CsvMetricsWriter {
  /** The columns, in order. */
  public static final List<String> HEADER = List.of("name", "value");

  private final Path file;
  private final CellEscaping cells;

  /**
   * Creates a writer.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvMetricsWriter(Path file) {
    this(file, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Creates the writer with a choice of cell escaping.
   *
   * @param file the file to write
   * @param cells how text cells are written ({@link CellEscaping#RAW} for raw values)
   */
  public CsvMetricsWriter(Path file, CellEscaping cells) {
    this.file = Objects.requireNonNull(file, "file");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  /**
   * Writes the metrics.
   *
   * @param metrics values by name
   * @throws io.retention.core.RetentionException if the file cannot be written
   */
  public void write(Map<String, Double> metrics) {
    Map<String, Double> sorted = new TreeMap<>(metrics);
    TableWriter.write(
        file,
        HEADER,
        cells,
        out -> {
          for (Map.Entry<String, Double> e : sorted.entrySet()) {
            out.row(e.getKey(), TableWriter.number(e.getValue()));
          }
        });
  }
}
