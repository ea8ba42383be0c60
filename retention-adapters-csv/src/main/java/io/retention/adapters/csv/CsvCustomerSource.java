package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionException;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.CustomerSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads customers from a CSV file with a header row, mapped by a {@link CustomerCsvMapping}.
 *
 * <p>Reading is strict and fails fast: the first unusable row stops the stream with an {@link
 * InvalidDataException} that names the file, the line, the column, the value and the reason.
 * Checked are: the header has every mapped column (otherwise the error lists the headers found and
 * the closest match), each row has as many fields as the header, ids are present and distinct,
 * labels are recognised, numbers parse and are finite. Rows are streamed, so memory does not grow
 * with the file, except for the set of ids seen, which detects duplicates.
 */
public final class CsvCustomerSource implements CustomerSource {
  private final Path file;
  private final CustomerCsvMapping mapping;
  private final Charset charset;

  /**
   * Creates a source over a UTF-8 file.
   *
   * @param file the CSV file
   * @param mapping how its columns map to customers
   */
  public CsvCustomerSource(Path file, CustomerCsvMapping mapping) {
    this(file, mapping, StandardCharsets.UTF_8);
  }

  /**
   * Creates a source over a file in a given character set.
   *
   * @param file the CSV file
   * @param mapping how its columns map to customers
   * @param charset the file's character set, such as ISO-8859-1
   */
  public CsvCustomerSource(Path file, CustomerCsvMapping mapping, Charset charset) {
    this.file = Objects.requireNonNull(file, "file");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.charset = Objects.requireNonNull(charset, "charset");
  }

  @Override
  public CustomerSchema schema() {
    return mapping.schema();
  }

  @Override
  public Stream<Customer> customers() {
    Reader reader;
    try {
      reader = Files.newBufferedReader(file, charset);
      skipByteOrderMark((BufferedReader) reader);
    } catch (IOException e) {
      throw new RetentionException("cannot read " + file + ": " + e.getMessage(), e);
    }
    CSVParser parser;
    try {
      parser =
          CSVParser.builder()
              .setReader(reader)
              .setFormat(
                  CSVFormat.RFC4180
                      .builder()
                      .setHeader()
                      .setSkipHeaderRecord(true)
                      .setAllowMissingColumnNames(true)
                      .get())
              .get();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      closeQuietly(reader, e);
      throw new InvalidDataException(
          file.toString(), 1, "", "", "unreadable header: " + e.getMessage());
    }
    try {
      RowReader rows = new RowReader(parser);
      return StreamSupport.stream(rows, false).onClose(() -> closeQuietly(parser, null));
    } catch (RuntimeException e) {
      closeQuietly(parser, e);
      throw e;
    }
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private static void closeQuietly(AutoCloseable closeable, Throwable pending) {
    try {
      closeable.close();
    } catch (Exception e) {
      if (pending != null) {
        pending.addSuppressed(e);
      } else {
        throw new RetentionException("cannot close CSV reader: " + e.getMessage(), e);
      }
    }
  }

  /** Turns CSV records into customers, one at a time, tracking line numbers. */
  private final class RowReader extends Spliterators.AbstractSpliterator<Customer> {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int idIndex;
    private final int labelIndex;
    private final int[] numericIndex;
    private final int[] categoricalIndex;
    private final int fieldCount;
    private final List<String> header;
    private final Set<String> seenIds = new HashSet<>();

    RowReader(CSVParser parser) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.parser = parser;
      this.header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw new InvalidDataException(
            file.toString(),
            InvalidDataException.NO_LINE,
            "",
            "",
            "the file is empty; expected a header row");
      }
      this.fieldCount = header.size();
      this.idIndex = column(mapping.idColumn());
      this.labelIndex = mapping.hasLabel() ? column(mapping.labelColumn()) : -1;
      CustomerSchema schema = mapping.schema();
      this.numericIndex = schema.numericAttributes().stream().mapToInt(this::column).toArray();
      this.categoricalIndex =
          schema.categoricalAttributes().stream().mapToInt(this::column).toArray();
      this.records = parser.iterator();
    }

    private int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new InvalidDataException(
            file.toString(),
            1,
            name,
            "",
            "required column is missing; headers found: "
                + header
                + closestMatch(name, header).map(m -> "; closest match: '" + m + "'").orElse(""));
      }
      return i;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Customer> action) {
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return false;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new InvalidDataException(
            file.toString(), line, "", "", "malformed CSV: " + rootMessage(e));
      }
      action.accept(toCustomer(record, line));
      return true;
    }

    private Customer toCustomer(CSVRecord record, long line) {
      if (record.size() != fieldCount) {
        throw new InvalidDataException(
            file.toString(),
            line,
            "",
            "",
            "expected " + fieldCount + " fields as in the header, found " + record.size());
      }
      String id = record.get(idIndex).trim();
      if (id.isEmpty()) {
        throw new InvalidDataException(
            file.toString(),
            line,
            mapping.idColumn(),
            record.get(idIndex),
            "the customer id is blank");
      }
      if (!seenIds.add(id)) {
        throw new InvalidDataException(
            file.toString(), line, mapping.idColumn(), id, "duplicate customer id");
      }
      Customer.Builder builder = Customer.builder(id);
      if (labelIndex >= 0) {
        builder.label(label(record.get(labelIndex), line));
      }
      List<String> numeric = mapping.schema().numericAttributes();
      for (int k = 0; k < numericIndex.length; k++) {
        String raw = record.get(numericIndex[k]).trim();
        if (!raw.isEmpty()) {
          builder.numeric(numeric.get(k), number(raw, numeric.get(k), line));
        }
      }
      List<String> categorical = mapping.schema().categoricalAttributes();
      for (int k = 0; k < categoricalIndex.length; k++) {
        String raw = record.get(categoricalIndex[k]).trim();
        if (!raw.isEmpty()) {
          builder.categorical(categorical.get(k), raw);
        }
      }
      return builder.build();
    }

    private ChurnLabel label(String raw, long line) {
      return switch (raw.trim().toLowerCase(Locale.ROOT)) {
        case "1", "yes", "true" -> ChurnLabel.CHURNED;
        case "0", "no", "false" -> ChurnLabel.RETAINED;
        default ->
            throw new InvalidDataException(
                file.toString(),
                line,
                mapping.labelColumn(),
                raw,
                "not a churn label; expected 1/0, yes/no or true/false");
      };
    }

    private double number(String raw, String column, long line) {
      double v;
      try {
        v = Double.parseDouble(raw);
      } catch (NumberFormatException e) {
        throw new InvalidDataException(file.toString(), line, column, raw, "not a number");
      }
      if (!Double.isFinite(v)) {
        throw new InvalidDataException(file.toString(), line, column, raw, "not a finite number");
      }
      return v;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
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

  @Override
  public String toString() {
    return "CsvCustomerSource[" + file + ", id " + mapping.idColumn() + "]";
  }
}
