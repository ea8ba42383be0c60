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

  /**
   * Creates a writer.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvMetricsWriter(Path file) {
    this.file = Objects.requireNonNull(file, "file");
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
        out -> {
          for (Map.Entry<String, Double> e : sorted.entrySet()) {
            out.row(e.getKey(), TableWriter.number(e.getValue()));
          }
        });
  }
}
