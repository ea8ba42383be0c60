package io.retention.examples.cli;

import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CsvReadOptions;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The options that name a customer CSV file and how its columns map to customers, shared by the
 * subcommands as a picocli mixin.
 */
final class CustomerInput {
  /** The presets {@link CustomerCsvMapping#preset} knows, for messages. */
  static final List<String> PRESETS = List.of("netflix", "telco", "bank");

  @Option(
      names = "--customers",
      required = true,
      paramLabel = "FILE",
      description = "The customer CSV file (one row per customer, with a header row).")
  Path customersFile;

  @Option(
      names = {"--mapping", "--preset"},
      defaultValue = "netflix",
      paramLabel = "NAME|FILE",
      converter = OptionValues.MappingName.class,
      description =
          "How the columns of --customers map to customers: a preset (netflix, telco or bank) or"
              + " a mapping file as written by 'retention infer-mapping' (default:"
              + " ${DEFAULT-VALUE}).")
  String mapping;

  @Option(
      names = "--charset",
      defaultValue = "UTF-8",
      paramLabel = "NAME",
      description = "The character set of --customers (default: ${DEFAULT-VALUE}).")
  Charset charset;

  /** The customers read, with the layout they were read with. */
  record Loaded(CustomerSchema schema, List<Customer> customers, Path file) {
    /**
     * The labelled customers.
     *
     * @return those whose churn outcome is known
     */
    List<Customer> labelled() {
      return customers.stream().filter(Customer::isLabelled).toList();
    }
  }

  /**
   * The mapping named by {@code --mapping}: a preset when the name is one, else a mapping file
   * (picocli has already refused a value that is neither).
   *
   * @return the mapping
   * @throws RetentionException when the mapping file cannot be read or is not understood
   */
  CustomerCsvMapping mapping() {
    return mapping(mapping);
  }

  /**
   * The mapping a {@code --mapping} value names: a preset when the name is one, else a mapping
   * file.
   *
   * @param name the option's value
   * @return the mapping
   * @throws RetentionException when the mapping file cannot be read or is not understood
   */
  static CustomerCsvMapping mapping(String name) {
    if (PRESETS.contains(name.toLowerCase(Locale.ROOT))) {
      return CustomerCsvMapping.preset(name);
    }
    return CustomerCsvMapping.load(Path.of(name));
  }

  /**
   * Reads every customer of the file.
   *
   * @return the customers and their layout
   * @throws RetentionException when the file is missing or holds bad data (naming file, line,
   *     column and value)
   */
  Loaded read() {
    return read(false);
  }

  /**
   * Reads every customer of the file, as unlabelled customers when the file lacks the mapping's
   * label column: for the commands that use a trained model and need no outcome.
   *
   * @return the customers and their layout
   * @throws RetentionException as {@link #read()} does
   */
  Loaded readLabelsOptional() {
    return read(true);
  }

  private Loaded read(boolean labelOptional) {
    CustomerCsvMapping m = mapping();
    requireFile(customersFile, "--customers");
    CsvCustomerSource source =
        new CsvCustomerSource(customersFile, m, CsvReadOptions.DEFAULTS.withCharset(charset));
    if (labelOptional) {
      source = source.withOptionalLabel();
    }
    List<Customer> customers;
    try (Stream<Customer> stream = source.customers()) {
      customers = stream.toList();
    }
    if (customers.isEmpty()) {
      throw new RetentionException(customersFile + " (--customers) holds no customer rows");
    }
    return new Loaded(source.schema(), customers, customersFile);
  }

  /**
   * Fails with one clear line when an input file is missing.
   *
   * @param file the file
   * @param option the option that named it
   * @throws RetentionIoException when the file does not exist or is not a regular file
   */
  static void requireFile(Path file, String option) {
    if (Files.isDirectory(file)) {
      throw new RetentionIoException(file + " (" + option + ") is a folder, not a file", file);
    }
    if (!Files.isRegularFile(file)) {
      throw new RetentionIoException("file not found: " + file + " (" + option + ")", file);
    }
  }
}
