package io.retention.adapters.csv;

import io.retention.core.RetentionIoException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way this module writes a table: RFC 4180 (CRLF, quotes where needed), a header row, the
 * columns in the order given, written atomically through {@link CsvRowWriter}. Numbers are written
 * with {@link #number(double)}, the shortest text that reads back to the same double.
 */
final class TableWriter {
  private TableWriter() {}

  /** Emits the rows of a table. */
  @FunctionalInterface
  interface Rows {
    void emit(Printer out) throws IOException;
  }

  /** Receives rows, each with one cell per header column. */
  @FunctionalInterface
  interface Printer {
    void row(String... cells) throws IOException;
  }

  static void write(Path file, List<String> header, Rows rows) {
    write(file, header, CellEscaping.NEUTRALISE_FORMULAS, rows);
  }

  static void write(Path file, List<String> header, CellEscaping escaping, Rows rows) {
    try (CsvRowWriter out = CsvRowWriter.open(file, header, escaping)) {
      try {
        rows.emit(out::row);
      } catch (IOException e) {
        throw RetentionIoException.cannot("write", file, e);
      }
      out.commit();
    }
  }

  static String number(double value) {
    return Double.toString(value);
  }
}
