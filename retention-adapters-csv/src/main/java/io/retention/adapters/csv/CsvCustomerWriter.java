package io.retention.adapters.csv;

import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Writes customers as a CSV file that {@link CsvCustomerSource} reads back with the same {@link
 * CustomerCsvMapping}: the id column, the schema's numeric then categorical attributes, then the
 * label column ({@code 1} churned, {@code 0} retained) when the mapping has one. A missing
 * attribute is a blank cell. Rows are written as the stream yields them, so any number of customers
 * is written in constant memory; the file appears atomically when complete.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class CsvCustomerWriter {
  private final CustomerCsvMapping mapping;

  /**
   * A writer for one file layout.
   *
   * @param mapping the layout that reads the file back
   */
  public CsvCustomerWriter(CustomerCsvMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /**
   * Writes customers, replacing the file.
   *
   * @param file the target file; its folder is created if needed
   * @param customers the customers; the stream is consumed but not closed
   * @return how many customers were written
   * @throws IllegalArgumentException if the mapping has a label column and a customer is unlabelled
   * @throws io.retention.core.RetentionException if the file cannot be written
   */
  public long write(Path file, Stream<Customer> customers) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(customers, "customers");
    CustomerSchema schema = mapping.schema();
    List<String> header = new ArrayList<>();
    header.add(mapping.idColumn());
    header.addAll(schema.numericAttributes());
    header.addAll(schema.categoricalAttributes());
    if (mapping.hasLabel()) {
      header.add(mapping.labelColumn());
    }
    long[] written = {0};
    Iterator<Customer> it = customers.iterator();
    TableWriter.write(
        file,
        header,
        // A data file, read back by the sources exactly as written.
        CellEscaping.RAW,
        out -> {
          String[] cells = new String[header.size()];
          while (it.hasNext()) {
            Customer c = it.next();
            int i = 0;
            cells[i++] = c.id().value();
            for (String name : schema.numericAttributes()) {
              OptionalDouble v = c.numericValue(name);
              cells[i++] = v.isPresent() ? number(v.getAsDouble()) : "";
            }
            for (String name : schema.categoricalAttributes()) {
              cells[i++] = c.categoricalValue(name).orElse("");
            }
            if (mapping.hasLabel()) {
              if (!c.isLabelled()) {
                throw new IllegalArgumentException(
                    "customer "
                        + c.id().value()
                        + " has no churn label for "
                        + mapping.labelColumn());
              }
              cells[i] = c.churned() ? "1" : "0";
            }
            out.row(cells);
            written[0]++;
          }
        });
    return written[0];
  }

  /** Whole numbers without a fraction (the way the public tables write them), others exactly. */
  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : TableWriter.number(v);
  }

  @Override
  public String toString() {
    return "CsvCustomerWriter[" + mapping.schema().name() + "]";
  }
}
