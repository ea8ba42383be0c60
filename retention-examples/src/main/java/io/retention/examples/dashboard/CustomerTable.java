package io.retention.examples.dashboard;

import io.retention.adapters.csv.CellEscaping;
import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CsvRowReader;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.examples.data.SyntheticCustomers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A run's customers ({@code customers.csv}, read with {@link CsvCustomerSource}) held column by
 * column: one {@code double[]} per numeric attribute (NaN when missing), one {@code int[]} of codes
 * per categorical attribute, so that a million customers fit in a few tens of megabytes. A {@link
 * Customer} is rebuilt on demand for scoring.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class CustomerTable {
  private static final byte UNLABELLED = -1;
  private static final int MISSING = -1;

  private final CustomerSchema schema;
  private final String[] ids;
  private final double[][] numeric;
  private final int[][] categorical;
  private final Codes[] levels;
  private final byte[] label;
  private final int[] byId;

  private CustomerTable(
      CustomerSchema schema,
      String[] ids,
      double[][] numeric,
      int[][] categorical,
      Codes[] levels,
      byte[] label) {
    this.schema = schema;
    this.ids = ids;
    this.numeric = numeric;
    this.categorical = categorical;
    this.levels = levels;
    this.label = label;
    this.byId =
        IntStream.range(0, ids.length)
            .boxed()
            .sorted(Comparator.comparing(i -> ids[i]))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  /**
   * The layout of a customer file that a run wrote without its mapping file (runs before the
   * mapping was written beside it), from its header: the generated layout ({@link
   * SyntheticCustomers#SCHEMA}) when it has {@code tenure_months}, else the Netflix churn layout.
   *
   * @param file the customer file
   * @return the mapping to read it with
   */
  public static CustomerCsvMapping mappingFor(Path file) {
    try (CsvRowReader rows = CsvRowReader.open(file, CellEscaping.RAW)) {
      CustomerSchema schema =
          rows.has(SyntheticCustomers.TENURE_MONTHS)
              ? SyntheticCustomers.SCHEMA
              : CustomerSchema.NETFLIX;
      return new CustomerCsvMapping(
          RunFolder.CUSTOMER_ID_COLUMN,
          rows.has(RunFolder.CHURNED_COLUMN)
              ? RunFolder.CHURNED_COLUMN
              : CustomerCsvMapping.NO_LABEL,
          schema);
    }
  }

  /**
   * Reads a customer file.
   *
   * @param file the file
   * @param mapping how its columns map to customers
   * @return the table
   * @throws io.retention.core.RetentionException when the file does not fit the mapping
   */
  public static CustomerTable read(Path file, CustomerCsvMapping mapping) {
    CustomerSchema schema = mapping.schema();
    List<String> num = schema.numericAttributes();
    List<String> cat = schema.categoricalAttributes();
    Codes[] levels = new Codes[cat.size()];
    for (int a = 0; a < levels.length; a++) {
      levels[a] = new Codes();
    }
    List<String> ids = new ArrayList<>();
    List<double[]> numRows = new ArrayList<>();
    List<int[]> catRows = new ArrayList<>();
    java.io.ByteArrayOutputStream labels = new java.io.ByteArrayOutputStream();
    try (Stream<Customer> customers = new CsvCustomerSource(file, mapping).customers()) {
      customers.forEach(
          c -> {
            ids.add(c.id().value());
            double[] x = new double[num.size()];
            for (int a = 0; a < x.length; a++) {
              x[a] = c.numericValue(num.get(a)).orElse(Double.NaN);
            }
            int[] k = new int[cat.size()];
            for (int a = 0; a < k.length; a++) {
              Optional<String> v = c.categoricalValue(cat.get(a));
              k[a] = v.isPresent() ? levels[a].encode(v.get()) : MISSING;
            }
            numRows.add(x);
            catRows.add(k);
            labels.write(c.isLabelled() ? (c.churned() ? 1 : 0) : UNLABELLED);
          });
    }
    int n = ids.size();
    double[][] numeric = new double[num.size()][n];
    int[][] categorical = new int[cat.size()][n];
    for (int i = 0; i < n; i++) {
      double[] x = numRows.set(i, null);
      for (int a = 0; a < x.length; a++) {
        numeric[a][i] = x[a];
      }
      int[] k = catRows.set(i, null);
      for (int a = 0; a < k.length; a++) {
        categorical[a][i] = k[a];
      }
    }
    return new CustomerTable(
        schema, ids.toArray(String[]::new), numeric, categorical, levels, labels.toByteArray());
  }

  /**
   * The layout of the customers.
   *
   * @return the schema
   */
  public CustomerSchema schema() {
    return schema;
  }

  /**
   * The number of customers.
   *
   * @return the size
   */
  public int size() {
    return ids.length;
  }

  /**
   * Where a customer is.
   *
   * @param customerId the customer's id
   * @return its row, or empty when unknown
   */
  public OptionalInt find(String customerId) {
    int lo = 0;
    int hi = byId.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = ids[byId[mid]].compareTo(customerId);
      if (cmp == 0) {
        return OptionalInt.of(byId[mid]);
      }
      if (cmp < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The customer in a row, rebuilt from the columns.
   *
   * @param row the row, 0 to size − 1
   * @return the customer
   */
  public Customer customer(int row) {
    Customer.Builder b = Customer.builder(ids[row]);
    List<String> num = schema.numericAttributes();
    for (int a = 0; a < num.size(); a++) {
      if (!Double.isNaN(numeric[a][row])) {
        b.numeric(num.get(a), numeric[a][row]);
      }
    }
    List<String> cat = schema.categoricalAttributes();
    for (int a = 0; a < cat.size(); a++) {
      if (categorical[a][row] != MISSING) {
        b.categorical(cat.get(a), levels[a].decode(categorical[a][row]));
      }
    }
    if (label[row] != UNLABELLED) {
      b.label(label[row] == 1 ? ChurnLabel.CHURNED : ChurnLabel.RETAINED);
    }
    return b.build();
  }

  /**
   * An evenly spaced, deterministic sample of customers.
   *
   * @param count how many at most
   * @return up to {@code count} customers, spread over the whole file
   */
  public List<Customer> sample(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    int n = Math.min(count, size());
    List<Customer> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(customer((int) ((long) k * size() / n)));
    }
    return out;
  }

  /**
   * The smallest and largest values of a numeric attribute, missing values left out.
   *
   * @param attribute a numeric attribute of the schema
   * @return {min, max}, both NaN when every value is missing
   */
  public double[] range(String attribute) {
    double[] column = numeric[numericIndex(attribute)];
    double min = Double.NaN;
    double max = Double.NaN;
    for (double v : column) {
      if (!Double.isNaN(v)) {
        min = Double.isNaN(min) ? v : Math.min(min, v);
        max = Double.isNaN(max) ? v : Math.max(max, v);
      }
    }
    return new double[] {min, max};
  }

  /**
   * The values of a numeric attribute (NaN when missing), for statistics.
   *
   * @param attribute a numeric attribute of the schema
   * @return a copy of the column
   */
  public double[] column(String attribute) {
    return Arrays.copyOf(numeric[numericIndex(attribute)], size());
  }

  /**
   * The levels of a categorical attribute, in order of first appearance.
   *
   * @param attribute a categorical attribute of the schema
   * @return the levels
   */
  public List<String> levels(String attribute) {
    int a = schema.categoricalAttributes().indexOf(attribute);
    if (a < 0) {
      throw new IllegalArgumentException("'" + attribute + "' is not a categorical attribute");
    }
    return levels[a].values();
  }

  private int numericIndex(String attribute) {
    int a = schema.numericAttributes().indexOf(attribute);
    if (a < 0) {
      throw new IllegalArgumentException("'" + attribute + "' is not a numeric attribute");
    }
    return a;
  }
}
