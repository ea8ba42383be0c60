package io.retention.adapters.csv;

import io.retention.core.RetentionIoException;
import io.retention.core.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table row by row, so that a table of any length never sits in memory: RFC 4180 (CRLF,
 * quotes where needed), the header first, rows into a temporary file beside the target that
 * replaces the target on {@link #commit()}. Closing without committing deletes the temporary file
 * and leaves the target as it was. Every writer of this module goes through it. Text that a
 * spreadsheet would run as a formula is neutralised by default ({@link CellEscaping}).
 *
 * <p>Not thread-safe: one writer, one thread.
 */
public final class CsvRowWriter implements AutoCloseable {
  private final Path target;
  private final List<String> header;
  private final AtomicFiles.PendingText pending;
  private final CellEscaping escaping;
  private final CSVPrinter printer;
  private long rows;
  private boolean done;

  private CsvRowWriter(Path target, List<String> header, CellEscaping escaping) throws IOException {
    this.target = target;
    this.header = header;
    this.escaping = escaping;
    this.pending = AtomicFiles.openText(target);
    CSVPrinter opened = null;
    try {
      opened =
          new CSVPrinter(
              pending.writer(),
              CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    } finally {
      if (opened == null) {
        pending.close();
      }
    }
    this.printer = opened;
  }

  /**
   * Starts a table.
   *
   * @param file the file to create or replace; its folder is created if needed
   * @param header the column names, in order
   * @return the writer, to close (in try-with-resources)
   * @throws RetentionIoException if the file cannot be started
   */
  public static CsvRowWriter open(Path file, List<String> header) {
    return open(file, header, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Starts a table with a choice of cell escaping.
   *
   * @param file the file to create or replace; its folder is created if needed
   * @param header the column names, in order
   * @param escaping how text cells are written
   * @return the writer, to close (in try-with-resources)
   * @throws RetentionIoException if the file cannot be started
   */
  public static CsvRowWriter open(Path file, List<String> header, CellEscaping escaping) {
    Objects.requireNonNull(escaping, "escaping");
    Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
    List<String> columns = List.copyOf(header);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    try {
      return new CsvRowWriter(target, columns, escaping);
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", target, e);
    }
  }

  /**
   * Appends a row.
   *
   * @param cells one cell per header column
   * @throws IllegalStateException if the row has another number of cells, or the table is done
   * @throws RetentionIoException if the row cannot be written
   */
  public void row(String... cells) {
    if (done) {
      throw new IllegalStateException(target.getFileName() + " is already committed or closed");
    }
    if (cells.length != header.size()) {
      throw new IllegalStateException(
          "a row of "
              + target.getFileName()
              + " has "
              + cells.length
              + " cells for "
              + header.size()
              + " columns");
    }
    try {
      if (escaping == CellEscaping.RAW) {
        printer.printRecord((Object[]) cells);
      } else {
        for (String cell : cells) {
          printer.print(escaping.write(cell));
        }
        printer.println();
      }
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", target, e);
    }
    rows++;
  }

  /**
   * The data rows written so far.
   *
   * @return the count, header not included
   */
  public long rows() {
    return rows;
  }

  /**
   * Finishes the table and moves it over the target.
   *
   * @return the target
   * @throws RetentionIoException if the file cannot be finished
   */
  public Path commit() {
    if (done) {
      throw new IllegalStateException(target.getFileName() + " is already committed or closed");
    }
    done = true;
    try {
      printer.flush();
      return pending.commit();
    } catch (IOException e) {
      pending.close();
      throw RetentionIoException.cannot("write", target, e);
    }
  }

  /** Abandons the table unless it was committed: the temporary file goes, the target stays. */
  @Override
  public void close() {
    if (!done) {
      done = true;
      pending.close();
    }
  }
}
