package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionIoException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading engine every CSV source shares: opens a file, skips a byte-order mark, reads the
 * header, streams rows with their line numbers, checks the field count, applies the {@link
 * BadRowPolicy} to rows a mapper rejects and keeps the accounting.
 */
final class CsvTable {
  private static final Logger LOG = LoggerFactory.getLogger(CsvTable.class);
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvTable() {}

  /** Turns the header into a row mapper, or throws for a file-level problem (missing column). */
  @FunctionalInterface
  interface Binder<T> {
    RowMapper<T> bind(Header header);
  }

  /** Turns one row into a domain object, or throws {@link InvalidDataException} to reject it. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(Row row);
  }

  /** The header of a file: column names and where they are. */
  static final class Header {
    private final String source;
    private final List<String> names;

    Header(String source, List<String> names) {
      this.source = source;
      this.names = List.copyOf(names);
      requireDistinct(source, this.names);
    }

    List<String> names() {
      return names;
    }

    int size() {
      return names.size();
    }

    /** The index of a required column; a missing one lists the headers and the closest match. */
    int index(String name) {
      int i = names.indexOf(name);
      if (i < 0) {
        throw new InvalidDataException(
            source,
            1,
            name,
            "",
            "required column is missing; headers found: "
                + names
                + closestMatch(name, names).map(m -> "; closest match: '" + m + "'").orElse(""));
      }
      return i;
    }
  }

  /** One data row: its fields, as written, and the line it starts on. */
  static final class Row {
    private final String source;
    private final long line;
    private final List<String> fields;

    Row(String source, long line, List<String> fields) {
      this.source = source;
      this.line = line;
      this.fields = fields;
    }

    long line() {
      return line;
    }

    String get(int index) {
      return fields.get(index);
    }

    List<String> fields() {
      return fields;
    }

    InvalidDataException reject(String column, String value, String reason) {
      return new InvalidDataException(source, line, column, value, reason);
    }
  }

  /**
   * Opens a stream of mapped rows. File-level problems (missing file, empty file, missing column)
   * throw at once; row-level problems follow the policy.
   */
  static <T> Stream<T> stream(
      Path file, CsvReadOptions options, Delimiter delimiter, Binder<T> binder) {
    String source = file.toString();
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, options.charset());
      reader.mark(1);
      if (reader.read() != BYTE_ORDER_MARK) {
        reader.reset();
      }
    } catch (CharacterCodingException e) {
      throw Undecodable.locate(file, options.charset());
    } catch (IOException e) {
      throw RetentionIoException.cannot("read", file, e);
    }
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
    } catch (IOException | UncheckedIOException e) {
      closeOnFailure(reader, e);
      if (e instanceof CharacterCodingException
          || e.getCause() instanceof CharacterCodingException) {
        throw Undecodable.locate(file, options.charset());
      }
      throw e instanceof IOException io
          ? RetentionIoException.cannot("read", file, io)
          : RetentionIoException.cannot("read", file, ((UncheckedIOException) e).getCause());
    }
    try {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> headerFields =
          next(records, delimiter, file, options.charset(), 1).orElse(List.of());
      if (headerFields.isEmpty() || headerFields.equals(List.of(""))) {
        throw new InvalidDataException(
            source,
            InvalidDataException.NO_LINE,
            "",
            "",
            "the file is empty; expected a header row");
      }
      List<String> names = headerFields.stream().map(String::trim).toList();
      Header header = new Header(source, names);
      RowMapper<T> mapper = binder.bind(header);
      Rows<T> rows = new Rows<>(file, options, delimiter, parser, records, header, mapper);
      return StreamSupport.stream(rows, false).onClose(rows::close);
    } catch (RuntimeException e) {
      closeOnFailure(parser, e);
      throw e;
    }
  }

  private static CSVFormat format(Delimiter delimiter) {
    CSVFormat.Builder b = CSVFormat.RFC4180.builder();
    switch (delimiter) {
      case COMMA -> b.setDelimiter(',');
      case TAB -> b.setDelimiter('\t');
      case WHITESPACE -> b.setDelimiter(' ').setIgnoreEmptyLines(true);
    }
    return b.get();
  }

  /** The next record's fields, or empty at the end; malformed CSV throws. */
  private static Optional<List<String>> next(
      Iterator<CSVRecord> records, Delimiter delimiter, Path file, Charset charset, long line) {
    try {
      if (!records.hasNext()) {
        return Optional.empty();
      }
      CSVRecord record = records.next();
      List<String> fields = Arrays.asList(record.values());
      if (delimiter == Delimiter.WHITESPACE) {
        List<String> kept = new ArrayList<>(fields.size());
        for (String f : fields) {
          if (!f.isEmpty()) {
            kept.add(f);
          }
        }
        return Optional.of(kept);
      }
      return Optional.of(fields);
    } catch (UncheckedIOException | IllegalStateException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CharacterCodingException) {
          throw Undecodable.locate(file, charset);
        }
      }
      throw new InvalidDataException(
          file.toString(), line, "", "", "malformed CSV: " + rootMessage(e));
    }
  }

  private static void closeOnFailure(AutoCloseable closeable, Throwable pending) {
    try {
      closeable.close();
    } catch (Exception e) {
      pending.addSuppressed(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /**
   * Refuses a header that names a column twice, which would otherwise resolve silently to the first
   * of the two; empty names (trailing separators) are not columns anyone can map and are let be.
   */
  static void requireDistinct(String source, List<String> names) {
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isEmpty()) {
        continue;
      }
      Integer before = first.putIfAbsent(name, i);
      if (before != null) {
        throw new InvalidDataException(
            source,
            1,
            name,
            name,
            "the header names this column twice, at positions "
                + (before + 1)
                + " and "
                + (i + 1)
                + " (from 1); rename one");
      }
    }
  }

  /** The header closest to a name by case-insensitive edit distance, if any is reasonably close. */
  static Optional<String> closestMatch(String name, List<String> headers) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String h : headers) {
      int d = editDistance(name.toLowerCase(Locale.ROOT), h.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = h;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 2)
        ? Optional.of(best)
        : Optional.empty();
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  /** Streams mapped rows, one at a time, applying the policy and counting. */
  private static final class Rows<T> extends Spliterators.AbstractSpliterator<T> {
    private final Path file;
    private final String source;
    private final CsvReadOptions options;
    private final Delimiter delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Header header;
    private final RowMapper<T> mapper;
    private final Quarantine quarantine;
    private long accepted;
    private long rejected;
    private long blankLines;
    private boolean complete;
    private boolean closed;

    Rows(
        Path file,
        CsvReadOptions options,
        Delimiter delimiter,
        CSVParser parser,
        Iterator<CSVRecord> records,
        Header header,
        RowMapper<T> mapper) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.file = file;
      this.source = file.toString();
      this.options = options;
      this.delimiter = delimiter;
      this.parser = parser;
      this.records = records;
      this.header = header;
      this.mapper = mapper;
      this.quarantine =
          new Quarantine(file, header.names(), options.policy() == BadRowPolicy.QUARANTINE);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (!complete) {
        long line = parser.getCurrentLineNumber() + 1;
        Optional<List<String>> fields;
        try {
          fields = next(records, delimiter, file, options.charset(), line);
        } catch (InvalidDataException e) {
          // The parser cannot resume after malformed CSV: the rest of the file is one bad row.
          complete = true;
          reject(e, List.of());
          return false;
        }
        if (fields.isEmpty()) {
          complete = true;
          return false;
        }
        if (fields.get().size() == 1 && fields.get().get(0).isBlank()) {
          // A blank line (a trailing newline too many, a gap between rows) is no row: skipped and
          // counted, under every policy.
          blankLines++;
          continue;
        }
        Row row = new Row(source, line, fields.get());
        T item;
        try {
          if (row.fields().size() != header.size()) {
            throw row.reject(
                "",
                "",
                "expected "
                    + header.size()
                    + " fields as in the header, found "
                    + row.fields().size());
          }
          item = mapper.map(row);
        } catch (InvalidDataException e) {
          reject(e, row.fields());
          continue;
        }
        accepted++;
        action.accept(item);
        return true;
      }
      return false;
    }

    private void reject(InvalidDataException e, List<String> fields) {
      rejected++;
      if (options.policy() == BadRowPolicy.FAIL_FAST) {
        throw e;
      }
      quarantine.add(e, fields);
    }

    void close() {
      if (closed) {
        return;
      }
      closed = true;
      RuntimeException failure = null;
      try {
        parser.close();
      } catch (IOException e) {
        failure = RetentionIoException.cannot("close", file, e);
      }
      try {
        quarantine.finish();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
      ReadReport report =
          new ReadReport(source, accepted + rejected, accepted, rejected, complete, blankLines);
      if (rejected > 0) {
        LOG.warn(
            "{}{}",
            report.accountingLine(),
            options.policy() == BadRowPolicy.QUARANTINE
                ? "; rejected rows in " + Quarantine.fileFor(file)
                : "");
      } else {
        LOG.debug("{}", report.accountingLine());
      }
      options.listener().finished(report);
      if (failure != null) {
        throw failure;
      }
    }
  }
}
