package io.retention.adapters.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way this module writes a table: RFC 4180 (CRLF, quotes where needed), a header row, the
 * columns in the order given, written atomically through {@link AtomicFiles}. Numbers are written
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
    AtomicFiles.write(
        file,
        writer -> {
          try (CSVPrinter printer =
              new CSVPrinter(
                  writer,
                  CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            rows.emit(
                cells -> {
                  if (cells.length != header.size()) {
                    throw new IllegalStateException(
                        "a row has " + cells.length + " cells for " + header.size() + " columns");
                  }
                  printer.printRecord((Object[]) cells);
                });
          }
        });
  }

  static String number(double value) {
    return Double.toString(value);
  }
}
