package io.retention.adapters.csv;

import io.retention.core.domain.ChurnScore;
import io.retention.core.port.out.ScoreSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes churn scores to a CSV file with the header {@code customer_id,churn_probability}, one row
 * per score in the order given. Probabilities are written with the shortest text that reads back to
 * the same double. The file is replaced atomically. {@link ResultReader#scores} reads it back.
 */
public final class CsvScoreSink implements ScoreSink {
  /** The customer id column. */
  public static final String CUSTOMER_ID = "customer_id";

  /** The churn probability column. */
  public static final String CHURN_PROBABILITY = "churn_probability";

  /** The columns, in order. */
  public static final List<String> HEADER = List.of(CUSTOMER_ID, CHURN_PROBABILITY);

  private final Path file;
  private final CellEscaping cells;

  /**
   * Creates a sink.
   *
   * @param file the file to write; its folder is created if needed
   */
  public CsvScoreSink(Path file) {
    this(file, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Creates the writer with a choice of cell escaping.
   *
   * @param file the file to write
   * @param cells how text cells are written ({@link CellEscaping#RAW} for raw values)
   */
  public CsvScoreSink(Path file, CellEscaping cells) {
    this.file = Objects.requireNonNull(file, "file");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  @Override
  public void write(List<ChurnScore> scores) {
    TableWriter.write(
        file,
        HEADER,
        cells,
        out -> {
          for (ChurnScore s : scores) {
            out.row(s.customer().value(), TableWriter.number(s.probability()));
          }
        });
  }

  /**
   * The file this sink writes.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }
}
