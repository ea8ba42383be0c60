package io.retention.examples.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes one RFC 4180 CSV file row by row, so that a table of a million customers never sits in
 * memory: rows go to a temporary file beside the target, which replaces the target atomically on
 * {@link #commit()}; closing without committing deletes it. Not thread-safe.
 */
final class CsvLines implements AutoCloseable {
  private static final String EOL = "\r\n";

  private final Path target;
  private final Path tmp;
  private final BufferedWriter out;
  private final int columns;
  private long rows;
  private boolean committed;

  CsvLines(Path target, List<String> header) {
    this.target = target;
    this.columns = header.size();
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      this.tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
      this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
      line(header.toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Appends a row with one cell per header column. */
  void row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalStateException(
          "a row of " + target.getFileName() + " has " + cells.length + " cells for " + columns);
    }
    try {
      line(cells);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    rows++;
  }

  /** The data rows written so far. */
  long rows() {
    return rows;
  }

  private void line(String[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells[i]));
    }
    out.write(EOL);
  }

  static String quote(String cell) {
    boolean plain = true;
    for (int i = 0; i < cell.length() && plain; i++) {
      char c = cell.charAt(i);
      plain = c != ',' && c != '"' && c != '\r' && c != '\n';
    }
    return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** Flushes the rows and moves the file into place. */
  Path commit() {
    try {
      out.close();
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    committed = true;
    return target;
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        out.close();
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + tmp, e);
      }
    }
  }
}
