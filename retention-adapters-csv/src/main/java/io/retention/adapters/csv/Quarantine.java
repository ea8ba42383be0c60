package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionIoException;
import io.retention.core.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Collects rejected rows into {@code <name>.rejected.csv} beside the input: the columns {@link
 * #COLUMNS} (line, column, value, reason) followed by the row's original fields. The file is
 * written to a temporary file first and renamed into place when reading ends; when no row is
 * rejected, no file is left (and a stale one from an earlier pass is removed).
 */
final class Quarantine {
  /** The columns that precede the original fields in a rejected-rows file. */
  static final List<String> COLUMNS =
      List.of("rejected_line", "rejected_column", "rejected_value", "rejected_reason");

  private static final String SUFFIX = ".rejected.csv";

  private final Path target;
  private final List<String> header;
  private final boolean active;
  private AtomicFiles.PendingText pending;
  private CSVPrinter printer;

  Quarantine(Path input, List<String> header, boolean active) {
    this.target = fileFor(input).toAbsolutePath();
    this.header = header;
    this.active = active;
  }

  /** Where the rejected rows of an input file go. */
  static Path fileFor(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return input.resolveSibling(base + SUFFIX);
  }

  void add(InvalidDataException e, List<String> fields) {
    try {
      if (printer == null) {
        pending = AtomicFiles.openText(target);
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.addAll(header);
        printer =
            new CSVPrinter(
                pending.writer(),
                CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
      }
      List<String> row = new ArrayList<>(COLUMNS.size() + fields.size());
      row.add(e.line() == InvalidDataException.NO_LINE ? "" : Long.toString(e.line()));
      row.add(e.column());
      row.add(e.value());
      row.add(e.reason());
      row.addAll(fields);
      printer.printRecord(row);
    } catch (IOException io) {
      if (pending != null) {
        pending.close();
      }
      pending = null;
      printer = null;
      throw RetentionIoException.cannot("write", target, io);
    }
  }

  void finish() {
    try {
      if (printer != null) {
        printer.flush();
        pending.commit();
      } else if (active) {
        Files.deleteIfExists(target);
      }
    } catch (IOException e) {
      throw RetentionIoException.cannot("write", target, e);
    } finally {
      if (pending != null) {
        pending.close();
      }
    }
  }
}
