package io.retention.adapters.csv;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.CustomerSource;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads customers from a CSV file with a header row, mapped by a {@link CustomerCsvMapping}.
 *
 * <p>Checked are: the header has every mapped column (otherwise the error lists the headers found
 * and the closest match), each row has as many fields as the header, ids are present and distinct,
 * labels are recognised, numbers parse, are finite and are not negative where the mapping forbids
 * it, and blank numbers follow the mapping's {@link BlankNumberRule}. What happens to a row that
 * fails a check depends on the {@link CsvReadOptions#policy() policy}: fail fast (the default)
 * throws an {@link io.retention.core.InvalidDataException} naming the file, line, column, value and
 * reason; quarantine writes the row to {@code <name>.rejected.csv} and goes on. Each stream reports
 * a {@link ReadReport} (rows read = accepted + rejected) to the options' listener when it is
 * closed.
 *
 * <p>Rows are streamed: memory does not grow with the file, except for the set of ids seen, which
 * detects duplicates (a 128-bit fingerprint per customer, 32 to 64 bytes of table).
 */
public final class CsvCustomerSource implements CustomerSource {
  private final Path file;
  private final CustomerCsvMapping mapping;
  private final CsvReadOptions options;
  private final boolean labelOptional;

  /**
   * Creates a fail-fast source over a UTF-8 file.
   *
   * @param file the CSV file
   * @param mapping how its columns map to customers
   */
  public CsvCustomerSource(Path file, CustomerCsvMapping mapping) {
    this(file, mapping, CsvReadOptions.DEFAULTS);
  }

  /**
   * Creates a fail-fast source over a file in a given character set.
   *
   * @param file the CSV file
   * @param mapping how its columns map to customers
   * @param charset the file's character set, such as ISO-8859-1
   */
  public CsvCustomerSource(Path file, CustomerCsvMapping mapping, Charset charset) {
    this(file, mapping, CsvReadOptions.DEFAULTS.withCharset(charset));
  }

  /**
   * Creates a source.
   *
   * @param file the CSV file
   * @param mapping how its columns map to customers
   * @param options character set, bad-row policy and report listener
   */
  public CsvCustomerSource(Path file, CustomerCsvMapping mapping, CsvReadOptions options) {
    this.file = Objects.requireNonNull(file, "file");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.options = Objects.requireNonNull(options, "options");
    this.labelOptional = false;
  }

  private CsvCustomerSource(CsvCustomerSource base, boolean labelOptional) {
    this.file = base.file;
    this.mapping = base.mapping;
    this.options = base.options;
    this.labelOptional = labelOptional;
  }

  /**
   * A source that reads a file without the mapping's label column as unlabelled customers, for
   * scoring a file of current customers with the mapping (or preset) a model was trained with.
   *
   * @return the source
   */
  public CsvCustomerSource withOptionalLabel() {
    return new CsvCustomerSource(this, true);
  }

  /**
   * Whether the file's header has the mapping's label column; false also when the mapping has none.
   * Reads the header only.
   *
   * @return true when the customers carry labels
   * @throws io.retention.core.InvalidDataException when the file cannot be read
   */
  public boolean hasLabelColumn() {
    if (!mapping.hasLabel()) {
      return false;
    }
    List<String> names = new java.util.ArrayList<>();
    try (Stream<Boolean> rows =
        CsvTable.stream(
            file,
            options,
            Delimiter.COMMA,
            header -> {
              names.addAll(header.names());
              return row -> Boolean.TRUE;
            })) {
      // Asking for the first row binds the header; no row is mapped beyond it.
      if (rows.findFirst().isEmpty() && names.isEmpty()) {
        return false;
      }
    }
    return names.contains(mapping.labelColumn());
  }

  @Override
  public CustomerSchema schema() {
    return mapping.schema();
  }

  @Override
  public Stream<Customer> customers() {
    return CsvTable.stream(file, options, Delimiter.COMMA, this::bind);
  }

  private CsvTable.RowMapper<Customer> bind(CsvTable.Header header) {
    int idIndex = header.index(mapping.idColumn());
    boolean labelled =
        mapping.hasLabel() && !(labelOptional && !header.names().contains(mapping.labelColumn()));
    int labelIndex = labelled ? header.index(mapping.labelColumn()) : -1;
    List<String> numeric = mapping.schema().numericAttributes();
    List<String> categorical = mapping.schema().categoricalAttributes();
    int[] numericIndex = numeric.stream().mapToInt(header::index).toArray();
    int[] categoricalIndex = categorical.stream().mapToInt(header::index).toArray();
    Set<String> nonNegativeSet = mapping.nonNegativeSet();
    boolean[] nonNegative = new boolean[numeric.size()];
    for (int k = 0; k < nonNegative.length; k++) {
      nonNegative[k] = nonNegativeSet.contains(numeric.get(k));
    }
    IdSet seenIds = new IdSet();
    return row -> {
      String id = row.get(idIndex).trim();
      if (id.isEmpty()) {
        throw row.reject(mapping.idColumn(), row.get(idIndex), "the customer id is blank");
      }
      Customer.Builder builder = Customer.builder(id);
      if (labelIndex >= 0) {
        builder.label(label(row, row.get(labelIndex)));
      }
      for (int k = 0; k < numericIndex.length; k++) {
        String raw = row.get(numericIndex[k]).trim();
        if (raw.isEmpty()) {
          if (mapping.blankNumbers() == BlankNumberRule.REJECT) {
            throw row.reject(numeric.get(k), row.get(numericIndex[k]), "blank number");
          }
          continue;
        }
        double v = Numbers.parseFinite(row, numeric.get(k), raw);
        if (nonNegative[k] && v < 0) {
          throw row.reject(numeric.get(k), raw, "negative value in a non-negative column");
        }
        builder.numeric(numeric.get(k), v);
      }
      for (int k = 0; k < categoricalIndex.length; k++) {
        String raw = row.get(categoricalIndex[k]).trim();
        if (!raw.isEmpty()) {
          builder.categorical(categorical.get(k), raw);
        }
      }
      Customer customer = builder.build();
      // Checked last, so that a row rejected for another reason does not claim its id.
      if (!seenIds.add(id)) {
        throw row.reject(mapping.idColumn(), id, "duplicate customer id");
      }
      return customer;
    };
  }

  private ChurnLabel label(CsvTable.Row row, String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "" -> ChurnLabel.UNKNOWN; // an outcome not known yet: left out of training
      case "1", "yes", "true" -> ChurnLabel.CHURNED;
      case "0", "no", "false" -> ChurnLabel.RETAINED;
      default ->
          throw row.reject(
              mapping.labelColumn(),
              raw,
              "not a churn label; expected 1/0, yes/no or true/false (blank when not known)");
    };
  }

  @Override
  public String toString() {
    return "CsvCustomerSource[" + file + ", id " + mapping.idColumn() + "]";
  }
}
