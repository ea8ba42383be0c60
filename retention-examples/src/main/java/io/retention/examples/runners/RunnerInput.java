package io.retention.examples.runners;

import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.examples.data.SyntheticCustomers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The customers a runner works on: generated ones when no file is given, otherwise a CSV file read
 * with the generated layout's mapping, a preset ({@code netflix}, {@code telco}, {@code bank}) or a
 * mapping file.
 *
 * @param schema the customers' layout
 * @param customers the labelled customers
 * @param source where they came from, for the program's output
 */
record RunnerInput(CustomerSchema schema, List<Customer> customers, String source) {

  /** How many customers a runner generates when it is given no file. */
  static final int GENERATED = 2_000;

  /** The seed of the generated customers. */
  static final long SEED = 7;

  RunnerInput {
    customers = List.copyOf(customers);
    if (customers.isEmpty()) {
      throw new IllegalArgumentException("no customers in " + source);
    }
  }

  /**
   * Reads the customers named by a runner's arguments.
   *
   * @param args empty for generated customers; else a customers CSV file and, optionally, a preset
   *     name or mapping file (default: the generated layout, {@link
   *     SyntheticCustomers#CSV_MAPPING})
   * @return the customers
   */
  static RunnerInput fromArgs(String... args) {
    if (args.length == 0) {
      SyntheticCustomers generator = new SyntheticCustomers(GENERATED, SEED);
      try (Stream<Customer> s = generator.customers()) {
        return new RunnerInput(
            generator.schema(), s.toList(), GENERATED + " generated customers (seed " + SEED + ")");
      }
    }
    Path file = Path.of(args[0]);
    CustomerCsvMapping mapping = SyntheticCustomers.CSV_MAPPING;
    if (args.length > 1) {
      Path mappingFile = Path.of(args[1]);
      mapping =
          Files.isRegularFile(mappingFile)
              ? CustomerCsvMapping.load(mappingFile)
              : CustomerCsvMapping.preset(args[1]);
    }
    try (Stream<Customer> s = new CsvCustomerSource(file, mapping).customers()) {
      return new RunnerInput(mapping.schema(), s.toList(), file.toString());
    }
  }
}
