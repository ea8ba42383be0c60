package io.retention.examples.dashboard;

import io.retention.core.InvalidDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an RFC 4180 CSV file with a header row, one record at a time, so that a million rows stream
 * into column arrays without materialising row objects. Quoted cells may hold commas, doubled
 * quotes and line breaks. Not thread-safe; one reader per file.
 */
final class CsvRows implements AutoCloseable {
  private final Path file;
  private final BufferedReader in;
  private final Map<String, Integer> header = new HashMap<>();
  private final List<String> names;
  private long line;
  private long recordLine;

  private CsvRows(Path file, BufferedReader in) {
    this.file = file;
    this.in = in;
    List<String> first = next();
    if (first == null) {
      throw new InvalidDataException(file.toString(), 1, "", "", "the file is empty: no header");
    }
    if (!first.isEmpty() && first.get(0).startsWith("\uFEFF")) {
      first.set(0, first.get(0).substring(1));
    }
    names = List.copyOf(first);
    for (int i = 0; i < names.size(); i++) {
      header.putIfAbsent(names.get(i), i);
    }
  }

  /**
   * Opens a file and reads its header.
   *
   * @param file the file
   * @return the reader, positioned on the first data record
   * @throws io.retention.core.RetentionException when the file is missing or empty
   */
  static CsvRows open(Path file) {
    try {
      return new CsvRows(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new InvalidDataException(
          file.toString(), InvalidDataException.NO_LINE, "", "", "the file does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Where a column is.
   *
   * @param name the column's name
   * @return its index
   * @throws InvalidDataException when the header has no such column
   */
  int column(String name) {
    Integer i = header.get(name);
    if (i == null) {
      throw new InvalidDataException(
          file.toString(), 1, name, "", "missing column; the header has " + names);
    }
    return i;
  }

  /**
   * Whether the header has a column.
   *
   * @param name the column's name
   * @return true when present
   */
  boolean has(String name) {
    return header.containsKey(name);
  }

  /**
   * The next record.
   *
   * @return its cells, or null at the end of the file
   */
  List<String> next() {
    try {
      return record();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The line on which the last record returned by {@link #next} started.
   *
   * @return the 1-based line number
   */
  long line() {
    return recordLine;
  }

  /**
   * A bad cell of the last record, as an exception that names the file, line, column and value.
   *
   * @param column the column's name
   * @param value the cell
   * @param reason what is wrong
   * @return the exception to throw
   */
  InvalidDataException bad(String column, String value, String reason) {
    return new InvalidDataException(file.toString(), recordLine, column, value, reason);
  }

  /**
   * A cell of a record, checked to exist.
   *
   * @param record the record
   * @param index the column's index
   * @return the cell
   */
  String cell(List<String> record, int index) {
    if (index >= record.size()) {
      throw new InvalidDataException(
          file.toString(),
          recordLine,
          names.get(index),
          "",
          "the record has " + record.size() + " cells, the header " + names.size());
    }
    return record.get(index);
  }

  /**
   * A numeric cell.
   *
   * @param record the record
   * @param index the column's index
   * @return the number, NaN when the cell is blank
   */
  double number(List<String> record, int index) {
    String s = cell(record, index).trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw bad(names.get(index), s, "not a number");
    }
  }

  private List<String> record() throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    line++;
    recordLine = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    while (true) {
      if (inQuotes) {
        if (c < 0) {
          throw new InvalidDataException(
              file.toString(), recordLine, "", "", "a quoted cell is never closed");
        }
        if (c == '"') {
          int d = in.read();
          if (d == '"') {
            cell.append('"');
          } else {
            inQuotes = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append((char) c);
        }
      } else if (c < 0 || c == '\n') {
        cells.add(cell.toString());
        return cells;
      } else if (c == '\r') {
        // Part of a CRLF line end: ignored outside quotes.
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        quoted = false;
      } else if (c == '"' && cell.length() == 0 && !quoted) {
        inQuotes = true;
        quoted = true;
      } else {
        cell.append((char) c);
      }
      c = in.read();
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
