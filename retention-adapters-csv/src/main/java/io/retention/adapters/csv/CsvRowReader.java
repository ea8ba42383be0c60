package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionIoException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a table that this module's writers wrote (or any RFC 4180 file with a header) record by
 * record, for callers that need plain cells rather than domain records: a result file read back.
 * Columns are found by header name; every problem is an {@link InvalidDataException} naming the
 * file, the line where the record starts, the column and the value. A leading byte-order mark is
 * ignored. Not thread-safe.
 */
public final class CsvRowReader implements AutoCloseable {
  private final Path file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> header = new HashMap<>();
  private final List<String> names;
  private long recordLine;
  private final CellEscaping escaping;

  private CsvRowReader(Path file, BufferedReader in, CellEscaping escaping) throws IOException {
    this.file = file;
    this.escaping = escaping;
    this.parser = CSVParser.parse(in, CSVFormat.RFC4180);
    this.records = parser.iterator();
    List<String> first = next();
    if (first == null) {
      throw new InvalidDataException(file.toString(), 1, "", "", "the file is empty: no header");
    }
    if (!first.isEmpty() && first.get(0).startsWith("\uFEFF")) {
      first.set(0, first.get(0).substring(1));
    }
    names = List.copyOf(first);
    CsvTable.requireDistinct(file.toString(), names);
    for (int i = 0; i < names.size(); i++) {
      header.putIfAbsent(names.get(i), i);
    }
  }

  /**
   * Opens a file and reads its header.
   *
   * @param file the file, UTF-8
   * @return the reader, to close
   * @throws InvalidDataException if the file has no header
   * @throws RetentionIoException if the file does not exist or cannot be read
   */
  public static CsvRowReader open(Path file) {
    return open(file, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Opens a file written with a given cell escaping and reads its header.
   *
   * @param file the file, UTF-8
   * @param escaping how its text cells were written
   * @return the reader, to close
   * @throws InvalidDataException if the file has no header
   * @throws RetentionIoException if the file does not exist or cannot be read
   */
  public static CsvRowReader open(Path file, CellEscaping escaping) {
    Objects.requireNonNull(escaping, "escaping");
    BufferedReader in;
    try {
      in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
    try {
      return new CsvRowReader(file, in, escaping);
    } catch (IOException | RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw RetentionIoException.cannot("read", file, (IOException) e);
    }
  }

  /**
   * The header's column names, in order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * The position of a column.
   *
   * @param name the column's header name
   * @return its index in each record
   * @throws InvalidDataException if the header has no such column
   */
  public int column(String name) {
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
   * @param name the column's header name
   * @return true if it has
   */
  public boolean has(String name) {
    return header.containsKey(name);
  }

  /**
   * The next record's cells; an empty line is one empty cell.
   *
   * @return the cells, a new modifiable list, or null at the end of the file
   * @throws InvalidDataException if the file ends inside a quoted cell
   */
  public List<String> next() {
    long before = parser.getCurrentLineNumber();
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      recordLine = before + 1;
      List<String> cells = new ArrayList<>(record.size());
      for (String cell : record) {
        cells.add(escaping.read(cell));
      }
      return cells;
    } catch (UncheckedIOException e) {
      throw new InvalidDataException(
          file.toString(), before + 1, "", "", "the file ends inside a quoted field");
    }
  }

  /**
   * The line where the last record read starts.
   *
   * @return the 1-based line
   */
  public long line() {
    return recordLine;
  }

  /**
   * A problem with a cell of the last record read.
   *
   * @param column the column's name
   * @param value the cell
   * @param reason what is wrong
   * @return the exception, to throw
   */
  public InvalidDataException bad(String column, String value, String reason) {
    return new InvalidDataException(file.toString(), recordLine, column, value, reason);
  }

  /**
   * A cell of a record.
   *
   * @param record the record's cells
   * @param index the column's index
   * @return the cell
   * @throws InvalidDataException if the record is shorter than the header
   */
  public String cell(List<String> record, int index) {
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
   * A number cell of a record in plain decimal notation; a blank cell is NaN.
   *
   * @param record the record's cells
   * @param index the column's index
   * @return the number
   * @throws InvalidDataException if the cell is not a plain decimal (Java's {@code 0x1p3} or {@code
   *     43d} are refused)
   */
  public double number(List<String> record, int index) {
    String s = cell(record, index).trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    double v = Numbers.decimalValue(s);
    if (Double.isNaN(v)) {
      throw bad(names.get(index), s, "not a number");
    }
    return v;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw RetentionIoException.cannot("close", file, e);
    }
  }
}
