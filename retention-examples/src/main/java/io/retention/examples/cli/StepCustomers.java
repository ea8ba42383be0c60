package io.retention.examples.cli;

import io.retention.adapters.csv.CustomerCsvMapping;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of {@code dashboard} and {@code report} that name the customers a folder of step
 * outputs was made from: the step commands read them and do not copy them, so a folder without its
 * own {@code customers.csv} needs them for customer lookups and churn rates.
 */
final class StepCustomers {
  @Option(
      names = "--customers",
      paramLabel = "FILE",
      description =
          "For a folder written by the step commands, which has no customers.csv: the customer"
              + " file they read.")
  Path file;

  @Option(
      names = {"--mapping", "--preset"},
      defaultValue = "netflix",
      paramLabel = "NAME|FILE",
      converter = OptionValues.MappingName.class,
      description =
          "How the columns of --customers map to customers: a preset (netflix, telco or bank) or"
              + " a mapping file (default: ${DEFAULT-VALUE}).")
  String mapping;

  /**
   * Whether the customers were named.
   *
   * @return true with {@code --customers}
   */
  boolean given() {
    return file != null;
  }

  /**
   * The customers' mapping.
   *
   * @return the mapping
   */
  CustomerCsvMapping mapping() {
    return CustomerInput.mapping(mapping);
  }
}
